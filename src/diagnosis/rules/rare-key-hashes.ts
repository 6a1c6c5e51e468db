// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWw0CNZ/PdZ9aTbT6q/v3ZvRY1MGxeHXVHzzo/s67LQ2h/PuCDIIDcNpBCCgi13WCn53bUpyjsUnc06tiT/Jv' +
  '3kWwtmwGvBuSdElBf0tnjbSwKhyVG/ZevLfOkbE6/7J913Wfd283NX3KtVIBeia5egwHtzwznJwiAYdSmX04+RGFjVRWP4ey' +
  'oDadqCJdshgUN0E2FPVboT6DWdc8FcFTJJbSfGfPk7bXzmt8G7n/o6OM4QK1qDpyQVmQOIF8CRdq09I4FiUajQCze/p7ockl' +
  '58JLqxrFXeaww4M5445uQ4H4vgLqj4YPmxTvfL7FZuw/lTMMdTIzogS4JRdpBygbDm0P0iw75GWIo5wyDiqZzZXP4M4dmGyv' +
  '+JHmtkSFbrkWsApc8RbM8ewQ0Ic9HcaiANWK6N1IjLmbdIKF2mhyKUEUPj3XkEFO1H0jpXkAmfhHVEX7HeHAf0kHkn7Huk4Y' +
  '7BDRD5TTyohrN3yYKr1D6MF/CAfZV0tNN3Ia/mVRCtd519S+ZSI1hABbFMuUlPxXjijFaM78bRxJqQo8HnOCMxtgRko7JYKt' +
  'zT+GThGK4Ln4OV9PriKYM8o2kh6wSdm2EkEQh80J2lQtD0XK8xvlgyhb3U8B0/GoyxeZSNI/ye1s495+q8d1wOW19So76E9u' +
  '8Ik5LokrvRiceS9VE3V0r/AB00WNT+880KlZIf90BM0IDvrVSDf+vyyNjIghR+5H2SLzPFHebdNVFN6m5ix5U79hi8Aml3V3' +
  '7vubPO5JJAKaGfFJh7f3AJ4XrcEZe6SzHrHaNBhcrfX6DPBbRGf5JZuJ/+9Qm6H+P+UigmGSjdYuQDRlo5g3NOcbBCdD6d7e' +
  'log12yHONZXu3DuG9zYLJEyPfuG5CIT3HVHo6Yp6z1DStvsfvJ6aPxILmNs1wdqVYZGc/xOxnXWjFk56tulv6O+CVOztwUN7' +
  'yJGtXo/vgJCm0U3WIe2aO9Yb5pZzW8wsuKaX/JsOCpImPZaZw4YIRS3n/C6rTTCUJWLADY0MKESL9pjL4n6F/TVUVEAyuKkX' +
  'vuQ2YQ2dgWDdJqxFA+A97evAT1fhcyLOmNGBGhxXwk24kxGL+hSafhU3kHO/dEh631Fyd7e7NM20P8kB3fTDhcko6RnT0K0n' +
  'CLLt1n9sG98GoxvVhDHgFNdAwe20SUeICVfHi79WNnKSS/Xk0XWIRVx0bNskv7Iv5bAG44+frIEe0Lv/Mu5mSvCnXzumYRu4' +
  'jEF3dUMeNgLRvperhpQNUBqv5Z5aNEllmOm2L6ihmQdaZRtP/SNhU4GQ+JBGR93nl5pUGJ0x+GHunNyDp/SOVit/5LBu3uWg' +
  'mcKBWU2YK9nPUOadyBGqB/mkbYuwmwiN7cJwMsi4VaEsF2kUF/sR+HOETXgNysC1Aoh05bzY+O2gC+zOavJUYcg7Wo6h/YJx' +
  'tUnma3bVtxpY8SL8m1ABlvv5LRFgN+8IE5p6jErBxiFHlomogMjm/2jV2/epgvzNIaQQlP383oJANyHCGaJT17RneGAyvrJC' +
  'fFPF7GcjInqPqQlfN6bQN5+k1Cm5IyuqSZUqiUrSSUHLKHV0kxXbniLtmob2pKs91gsCbl55NqaaSQP7632Wjt9n9CsuNWvp' +
  '8kdyfp3c8hOq5RHpNmughVW/2uB/kToXWan1GoMGtBFpfTz4PhRZuP5qEaY+JS+vGfr8';
