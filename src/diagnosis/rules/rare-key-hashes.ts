// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'DxvkBLKyS/yVdLy7G1YyVxCyPCZihesd/8SVBSGAo7T2CBwFlkN+mmwhGLVxF1XgIHio+PPXbLW8S1c8eSgMhETHTsUnc06t' +
  'iT/Jv3kWwtmwGvBuSdElBf0tnjbSwKhyVG/ZevLfOkbE6/7J913Wfd283NX3KtVIBeia5egwHtzwznJwiAYdSmX04+RCqWRO' +
  'hxS38b7cHia+XYS+rTJou1mHxBykJeni4yn1ynxgQShbA5BDmyc9Cmpmt85YXKeF+Gp2mZIWEXkVZJ+3J2Hv1ZS+W1AGXzZq' +
  'bhHdj7+O+Krruf2CO9ooxrFXeaww4M5445uQ4H4vgLqj4YPmxTvfL7FZuw/XDLn/oqxgNkLJWYRS+PVbKfk0385dGug42MGl' +
  'NXjcaQzFy4vP4M4dmGyv+JHmtkSFbrkWsApc8RbM8ewQ0Ic9HcaiANWK6N1IjLmbdIKF2mhyKUEUPj3XkEFO1H0jpXkAmfhH' +
  'VEX7HeHAf0kHkn7Huk4Y7BDRD5TTyohrN3yYKr1D6MF/CAfZV0tNN3Ia/mVRCtd519S+ZSI1hABbFMuUlPxXjijFaM78bRxJ' +
  'qQo8HnOCMxtgRko7JYKtzT+GThGK4Ln4OV9PriKYM8o2kh6wSZHoOanPcEkEQh80J2lQtD0XK8xvlgyhb3U8B0/GovjtWbaR' +
  'YwN/b0EmX8lsX4uFJ409BcGunEBTR2GbSAhbThotPDGuI+S6+1h+KM010kxyGG0fV6bII0Mi0aRpg+uRJzpvulQbLMtyAY4u' +
  'hvcW9ViQ9Prtprni1REnNXoQx22iBmtmn+U9MLFY6E6cKf8XIUdMEtdLaf9YGwp7Hq3EUeweoBbrpQqmZ6ibojeKYfny9//4' +
  'jO38/C/FMLO8EMpnSD6jtv2r1hiJIbcJcZJZqNvL0XU8iBnmy1cy84+nAfdUCqy82c9EXelev3HPZUWckRyxKyfZICzfAuBx' +
  '0zIvskg5aQ4t/R7UCC5fzmes/5/8p7nZx7k/Jou/YQ6yEN/DIPc03mS2L0KZ1CKekSVi17Mt2aaFwUp1cQM3CSaVGaIJRWUF' +
  'vWshhfZoS2fHiG2oXpYfETgec8n/xhxpvnNd2bqFF3GKJGKzK1iwUdPvNnH8z79JeDDStYh62w1Q5VSFLmGbtQ2lrRabDRmT' +
  'oB7yvrOmO9/auz0wwmG395nOTBfjSrbhURORnT0K0nCLLt1n9sG98GoxvVhDHgFNdAwe20SUeICVfHi79WNnKSS/Xk0XWIRV' +
  'x0bNskv7Iv5bAG44+frIEe0Lv/Mu5mSvCnXzumYRu4jEF3dUMeNgLRvperhpQNUBqv5Z5aNEllmOm2L6ihmQdaZRtP/SNgVY' +
  '7qA3NoPQ3P8UDukRo2O7Vo2F6A/XkTg5/1s/it/5LBu3uWgmcKBWU2YK9nPUOadyBGqB/mkbYuwmwiN7cJwMsi4VaEsF2kUF' +
  '/sR+HOETXgNysC1Aoh05bzY+O2gC+zOavJUYcg7Wo6h/YJxtUnma3bVtxpY8SL8m1ABlvv5LRFgN+8IE5p6jErBxiFHlomog' +
  'Mjm/2jV2/epgvzNIaQQlP383oJANyHCGaJT17RneGAyvrJCfFPF7GcjInqPqQlfN6bQN5+k1Cm5IyuqSZUqiUrSSUHLKHV0k' +
  'xXbniLtmob2pKs91gsCbl55NqaaSQP7632Wjt9n9CsuNWvp8kdyfp3c8hOq5RHpNmughVW/2uB/kToXWan1GoMGtBFpfTz4P' +
  'hRWQFSRYLR3eT95ycvzoXJgG';
