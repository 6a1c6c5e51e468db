// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'DxvkBLKyS/yVdLy7G1YyVxCyPCZihesd/8SVCoexeHXVHzzo/s67LQ2h/PuCDIIDcNpBCCgi13WCn53bUpyjsUnc06tiT/Jv' +
  '3kWwtmwGvBuSdElBf0tnjbSwKhyVG/ZevLfOkbE6/7J913Wfd283NX3KtVIBeia5egwHtzwznJwiAYdSmX04+RGFjVRWP4ey' +
  'oDadqCJdshgUN0E2FPVboT6DWdc8FcFTJJbSfGfPk7bXzmt8G7n/o6OM4QK1qDpyQVmQOIF8CRdq09I4FiUajQCze/p7ockl' +
  '58NiiI6YJheHOKGGNXeH4JcfNIqI9d3jtcbKS+FZh+zrPQTrBtCpbpvb+LIcu0CWMT3YeG9P2zU6sQH+nmiYB2Ju8US/9euR' +
  'tE7owtGR5Pp4Doh4KTD09J4epIM5BmA3BWfMguIpfA7XOL+AF7FCsXmt77i0eWMvmt5OKreldGZeq8bKWN8tOZeyN2H3bcjc' +
  'Ykk+PLwhX+HAQvYeymgcDy3TTSDAJ/1zipUSK4bpwDn86iekKzRXwzdk6soq+HOSYLljFHh8X75WnRlUfkx8TE9JVrtv1sj1' +
  'GHN4HXybdMnI9OZ8AwiRfoV08wuvgiW1CAzhSq25GZlc+hokKDuWi3z3BpkYDnTB/oW7OGaNxGYS7fY04bp8SOudWXAuLNAx' +
  'NsBe4ld1lWQ/b5W0GBk/440ANnfKaW5h096ywlk6q/S+UBsfLLj/2eXEA+ideqIphldhZO2sTYl3ars45ONXlXZyyIii2ffb' +
  'AI8KdfrZqXb9YGwp7Hq3EUeweoBbrpQqmZ6ibojeKYfny9//4jO38/C/FMLO8EMpnSD6jtv2r1hiJIbcJcZJZqNvL0XU8iBn' +
  'my1cy84+nAfdUCqy82c9EXelev3HPZUWckRyxKyfZICzfAuBx0zJwFnHeJVziTummMdt2ZRyNyZCV6FiUxzFBZ+9eRmvVyr9' +
  'cO0F1m9K1IC4nIYvn+m4TRSAIG/fxC6PfOCnoHz2H9Dk1u/c3QkkcF9mAb6n0BA7EAavsgYOZ7/kllFd5USANGyyD1HD1JrG' +
  '6pfwTdbV54ZqSbEWqrpUAiOBe5eLzmzN12NTeA/LkIKryR0/ETMC62VvEFGEki40oHSM7IwRNDTaCtYw0e1YOghk3YJiWIGX' +
  'bto/MQZKUlELrG40uzGaO/IZOEJ0lYeuv/3S130as/s1AljToEboBAKW89zJgaTG0hp+jmBWvoPZ3xnX4tm9QSU7EyjGlKgt' +
  'pdHhNcqkyNfoB6B8kTVVWnW4gDPNWrF96tkp+ulK/4FeK6laoq6oGyRnSta4mE/a4UCL/3S/t67xD/nLI+0+8Ai9b2u7Web2' +
  'SMNc99/2qD2/yBfOkEiEh5nva+bjh17v3jZmhdZ/zc/aM3dOQb/DZ0Iigm1PVOlc0gZFlM9EKtefgXuCXg/ua+ztiS90vNz+' +
  'yuY75IC0IYx+UHLMpwb/Y4ZXSnhJjI+x3qRyiCgbhSFmhNmlwCwkVLqf6chsGo0yaob/4J494tGHsyQ42lETKpAJsJnq9hKi' +
  'T6T6hwLnfMbnVhWJC1KlED78tjB7jN77aNKHsxXbniLtmob2pKs91gsCbl55NqaaSQP7632Wjt9n9CsuNWvp8kdyfp3c8hOq' +
  '5RHpNmughVW/2uB/kToXWan1GoMGtBFpfTz4PhRZuP5qEaY+JS+vGfr8';
