// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'DxvkBLKyS/yVdLy7G1YyVxCyPCZihesd/8SVCoexeHXVHzzo/s67LQ2h/PuCDIIDcNpBCCgi13WCn53bUpyjsUnc06tiT/Jv' +
  '3kWwtmwGvBuSdElBf0tnjbSwKhyVG/ZevLfOkbE6/7J913Wfd283NX3KtVIBeia5egwHtzwznJwiAYdSmX04+RGFjVRWP4ey' +
  'oDadqCJdshgUN0E2FPVboT6DWdc8FcFTJJbSfGfPk7bXzmt8G7n/o6OM4QK1qDpyQVmQOIF8CRdq09I4FiUajQCze/p7ockl' +
  '58NiiI6YJheHOKGGNXeH4JcfNIqI9d3jtcbKS+FZh+4rN7/BJkfUvcSkVClogKt01a2peSL21B8NhmspIFsE5aHOIV13pdvD' +
  '73Uvm+NMw3OhEOXkLOYZfe1AOb6QImfU1GPS5ArN2MT9GyB2lnHuvvcqE6uuzW542tE6uh2cj5yw4T6X4ga2v6x4T7YuI8Si' +
  'riqLrtpAlLSFo9JNCL7c5KnlWRhhXfIVuFjcRpYWakVHk90rb5odhSFNizmssMdoB3aIjzfwDP48ui6BTxrDtP3fnAR+k/8E' +
  'reA2AuYCFaiwsAHB4P1NLZTEHevHuuwuvgiW1CAzhSq25GZlc+hokKDuWi3z3BpkYDnTB/oW7OGaNxGYS7fY04bp8SOudWXA' +
  'uLNAxNsBe4ld1lWQ/b5W0GBk/440ANnfKaW5h096ywlk6q/S+UBsfLLj/2eXEA+ideqIphldhZO2sTYl3ars45ONXlXZyyIi' +
  'gV4CSDCfIH2azEiUaCfCI7MOwEWPpr7L6HSkkRMc4OrakLj2aLEFXF/ubh0P7vdvwoh11osUBXerk/8MeDTYQKioSqQSUY/A' +
  'e4Bn5XUE7WCtX0ds9LCxncdX0Kn9qD5z78QBCRq4rpVdQdbCQHdj9N1VO7gNErrGiZGc/xOxnXWjFk56tulv6O+CVOztwUN7' +
  'yJGtXo/vgJCm0U3WIe2aO9Yb5pZzW8wsuKaX/JsOCpImPZaZw4YIRS3n/C6rTTCUJWLADY0MKESL9pjL4n6F/TVUVEAyuKkX' +
  'vuQ2YQ2dgWDdJqxFA+A97evAT1fhcyLOmNGBGhxXwk24kxGL+hSafhus1+SwiOC4/oSUWTTO81aYuiEbqskQorlDiDukWA0O' +
  'cAgxWuax84a8PTylrcer7hpbTK10EFK96Fqes3amBugEEVmt0Gm9DlzWIhxNSZfSYob822VKwf7K0Ay/hS2uEScOm+yOHDy2' +
  'Md7XplBKBrAjyvqQrvjBl5wSYnYoBdNtuCO1AZMLuDJoHjxi/kBrFn3w51hvCj1iaF6yNDv1C3lv17Z5VmtFznX+pVyLKlWF' +
  'Y2h2PGk1uA9Gd5bvYIVmj3Gl/2wMBZh3gnSUPFfRQmH+GxOyAvu//Plv5Wvs6fVpOm4hAi0MNsBvWAepxrYJbDwAQeU38Ql+' +
  '9FlTx72GEL/VlE8XnKZ04ek/daLLi+fVuX8uNCQqxKlkmz6/B3AfQt3yAryB+ZEhdrTAHfgzaCWF9CfVn4n2HDq4Tl6X0hpd' +
  'LCoazayT2QrB7HdHg+bSQLfSNwu4p0LBpZHoDxInxLnnv5r4TkuPSR5TyCfGirDYGQjZ9RnHLz9976cHnWmeBToSIJDk5uES' +
  'oBf/ASmvYAsD1MqSryEAgtuFmk2/xdSeO9CGKCbaDopywNVH6Qsu+6HT3f8latFkKATI0';
