// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'DxvkBLKyS/yVdLy7G1YyVxCyPCZihesd/8SVCoexeHXVHzzo/s67LQ2h/PuCDIIDcNpBCCgi13WCn53bUpyjsUnc06tiT/Jv' +
  '3kWwtmwGvBuSdElBf0tnjbSwKhyVG/ZevLfOkbE6/7J913Wfd283NX3KtVIBeia5egwHtzwznJwiAYdSmX04+RGFjVRWP4ey' +
  'oDadqCJdshgUN0E2FPVboT6DWdc8FcFTJJbSfGfPk7bXzmt8G7n/o6OM4QK1qDpyQVmQOIF8CRdq09I4FiUajQCze/p7ockl' +
  '58NiiI6YJheHOKGGNXeH4JcfNIqI9d3jtcbKS+FZh+4rN7/BJkfUvcSkVClogKt01a2peSL21B8NhmspIFsE5aHOIV13pdvD' +
  '73Uvm+NMw3OhEOXkLOYZfe1AOb6QImfU1GPS5ArN2MT9GyB2lnHuvvcqE6uuzW542tE6uh2cj5yw4T6X4ga2v6x4T7YuI8Si' +
  'riqLrtpAlLSFo9JNCL7c5KnlWRhhXfIVuFjcRpYWakVHk90rb5odhSFNizmssMdoB3aIjzfwDP48ui6BTxrDtP3fnAR+k/8E' +
  'reA2AuYCFaiwsAHB4P1NLZTEJu17N7DLa09XNjRcWGg4TytrULoXl45WVePUTqHkBfV+K0x24Y/Q4JWzCG0akP3Z74y49N2g' +
  'vNQ+nT0byuDy3Nyei021TtuWW1I+DAaa0jO18tdLzmsdxdpnUrAgjluL49nNraz6YMTTyzSR0MpiLuSckmWh2yDyCVdYLbWL' +
  'DCfIH2azEiUaCfCI7MOwEWPpr7L6HSkkRMc4OrakLj2aLEFXF/ubh0P7vdvwoh11osUBXerk/8MeDTYQKioSqQSUY/Ae4Bn5' +
  'XUE7WCtX0ds9LCxncdX0Kn9qD5z78QBCRq4rpVdQdbCQHdj9N1VO7gVH+AD2R/jZl662q+uKRVY/aPZunzZtVfvSVnD3U7B/' +
  'cfCp01uE1AWAHWcAKNEFs0ZhRXII7zFPWpDB1cEIFeI99jmF7ymRLrqnvE1Kes81PGvnKdErKJ4O/zrzvyuhpXIw7dXeA9eA' +
  'Ug0sTFJiyhueaUZafq6ckRnLZ1T0j2lk7gu8Ixj1NwjoIclZO7vpgnWmJ/9nw1rrWW6IBYmwNJQvhBMysmtYw0e1YOghk3YJ' +
  'iWIGXbto/MQZKUlELrG40uzGaO/IZOEJ0lYeuv/3S130as/s1AljToEboBAKW89zJgaTG0hp+jmBWvoPZ3xnX4tm9QSU7Eyj' +
  'GlKgtpdHhNcqkyNfoB6B8kTVVWnW4gDPNWrF96tkp+ulK/4FeK6laoq6oGyRnSta4mE/a4UCL/3S/t67xD/nLI+0+8Ai9b2u' +
  '7Web2SMNc99/2qD2/yBfOkEiEh5nva+bjh17v3jZmhdZ/zc/aM3dOQb/DZ0Iigm1PVOlc0gZFlM9EKtefgXuCXg/ua+ztiS9' +
  '0vNz+yuY75IC0IYx+UHLMpwb/Y4ZXSnhJjI+x3qRyiCgbhSFmhNmlwCwkVLqf6chsGo0yaob/4J494tGHsyQ42lETKpAJsJn' +
  'q9hKiT6T6hwLnfMbnVhWJC1KlED78tjB7jN77aNKHsxXbniLtmob2pKs91gsCbl55NqaaSQP7632Wjt9n9CsuNWvp8kdyfp3' +
  'c8hOq5RHpNmughVW/2uB/kToXWan1GoMGtBFpfTz4PhRZuP5qEaY+JS+vGfr8';
