// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWw0CNZ/PdZ9aTbT6q/v3ZvcL7T2CBwFlkN+mmwhGLVxF1XgIHio+PPXbLW8S1c8eShsVbkpsCm0szZlwV8Tq' +
  '7M+7I79V3avrvT86+DihdIbVZw7yT7AjB5qfmtuwP88S5CuH0Qy8QcxwHT5aWj5NIE/lNkAVLXKKxc480dpQ1zhxS38b7cHi' +
  'a+XYS+rTJou1mHxBykJeni4yn1ynxgQShbA5BDmyiFk6v20+F+Gp2mZIWEXkVZJ+3J2Hv1ZS+W1AGXzZqbhHdj7+O+Krruf2' +
  'zbYGqITT2B2Y22yD28YSrAwMYHCuTkyqgZdnyTVtkhBJkfUvcSkVClogKt01a2peSL21B8NhmspIFsE5aHOIV13pdvD73Uvm' +
  '+NMw3OhEOXkLOYZfe1AOb6QImfU1GPS5ArN2MT9GyB2lnHuvvcqE6uuzW542tE6uh2cj5yw4T6X4ga2v6x4T7YuI8SiriqLr' +
  'tpAlLSFo9JNCL7c5KnlWRhhXfIVuFjcRpYWakVHk90rb5odhSFNizmssMdoB3aIjzfwDP48ui6BTxrDtP3fnAR+k/8EreA2A' +
  'uYCFaiwsAHB4P1NLZTEHevHuuwuvgiW1CAzhSq25GZlc+hokKDuWi3z3BpkYDnTB/oW7OGaNxGYS7fY04bp8SOudWXAuLNAx' +
  'NsBe4ld1lWQ/b5W0GBk/440ANnfKaW5h096ywlk6q/S+UBsfLLj/2eXEA+ideqIphldhZO2sTYl3ars45ONXlXZyyIigV4CS' +
  'DCfIH2azEiUaCfCI7MOwEWPpr7L6HSkkRMc4OrakLj2aLEFXF/ubh0P7vdvwoh11osUBXerk/8MeDTYQKioSqQSUY/Ae4Bn5' +
  'XUE7WCtX0ds9LCxncdX0Kn9qD5z78QBCRq4rpVdQdbCQHdj9N1VO7gNErrGiZGc/xOxnXWjFk56tulv6O+CVOztwUN7yJGtX' +
  'o/vgJCm0U3WIe2aO9Yb5pZzW8wsuKaX/JsOCpImPZaZw4YIRS3n/C6rTTCUJWLADY0MKESL9pjL4n6F/TVUVEAyuKkXvuQ2Y' +
  'Q2dgWDdJqxFA+A97evAT1fhcyLOmNGBGhxXwk24kxGL+hSafhus1+SwiOC4/oSUWTTO81aYuiEbqskQx8Pl5q1G34nLNS74d' +
  'P0aX3Blb+ir6ezUShgW81nwX8n+b6mSc1V5Hnp+6u2619j/i2LVQxaTBaMKf0GJwdL8wW1NdzRWN1pap67tZ29lWIquyETvQ' +
  'XUfLldEZMlDfTulJaMCMHSw+/1Z09KQol1gUIDlTdznUjuH1hvCj1iaF6yNDv1C3lv17Z5VmtFznX+pVyLKlWFY2h2PGk1uA' +
  '9Gd5bvYIVmj3Gl/2wMBZh3gnSUPFfRQmH+GxOyAvu//Plv5Wvs6fVpOm4hAi0MNsBvWAepxrYJbDwAQeU38Ql+9FlTx72GEL' +
  '/VlE8XnKZ04ek/daLLi+fVuX8uNCQqxKlkmz6/B3AfQt3yAryB+ZEhdrTAHfgzaCWF9CfVn4n2HDq4Tl6X0hpdLCoazayT2Q' +
  'rB7HdHg+bSQLfSNwu4p0LBpZHoDxInxLnnv5r4TkuPSR5TyCfGirDYGQjZ9RnHLz9976cHnWmeBToSIJDk5uESoBf/ASmvYA' +
  'sD1MqSryEAgtuFmk2/xdSeO9CGKCbaDopywNVH6Qsu+6HT3f8latFkKATI0';
