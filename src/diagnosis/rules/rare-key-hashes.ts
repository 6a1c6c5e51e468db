// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWyUMTcUCcHsLqRJ/aEFcPKTq8mle++vVx33gj1L/iy66f96pBvbc6LM0Xm6OYXolP+MxFOp03RsE/fyXtGTR' +
  'uT8SbyEJdNbqWRusokTAL+FeVnqSgqiNId3VZfaWXmKpX41hmXgRlf5qMI2qLT8x+zUufzM5HJkOGW2VDe7sljmCYKUP6oJw' +
  '69pxLrFBW717ilovEZ6mJp47p7kffokKeKit3om+uRa83u/v3CB2DA0w6v+DFuDC97a6Dpw04f27sFIPHr/cFbDTUAGlPOaD' +
  '4dNGYmeWWl3GY8z2D4YPmxTvfL7FZuw/lTMMdTIzpCvS+PVbKfk0385dGug42MGlNXjcaViSB8Yma+27dFoQE6zpXykjq6nM' +
  'Sn3Sgn57JG2KnACqbXIy2WouALgk4iwIXuM5VYZnppDeSDnnx0A85kSDnM5DQBvq8wD29L85oDs8wF5maGvPhPehhlcLUguV' +
  'aIckOgFCAfZV0tNN3Ia/mVRCtd519S+ZSI1hABbFMuUlPxXjijFaM78bRxJqQo8Hnwn1fkx8TE9JVrtv1sj1GHN4HXybdMnI' +
  '9OZ8AwiRfoV08wuvgiW1CAzhSq25GZlc+hokKDuWi3z3BpkYDnTB/oW7OGaNxGYS7fY04bp8SOudWXAuLNAxNsBe4ld1lWQ/' +
  'b5W0GBk/440ANsDMjO18tdLzmsdxdvDQgs/XKGd5VMJqQ9Prtprni1REnNu8lvn+O/F4hB0gQPIaY59wTOz8PIOaEinqT0pd' +
  'gEgCYvTSsjC8nh9ShQ58gSV2V/nBM0oFpFprbM23biyN3HhT+GjGQx4qlOJF7elog12yHONZXu3DuG9zYLJEyPfuG5CIT3HV' +
  'Ho7DDirpVdQdbCQHdjLIWzJwFnHeJVziTummMdt2ZRyNyZCV6FiUxzkzD3U7B/cfCp01uE2S+Ml+Fs0ZhRXNnXs3Cqi6Ov8+' +
  'X8act0yjUQwOyd0gKR40ieSugJdQg9YFVtNpYlE5BeUn7rK1iwUdPvNnH8z79JeDzBCGNGBGhxXwk24kxGL+hSafhus1+Swi' +
  'OC4/oSUWTTO87I6CkcrpNP3DukZErLNT2D4a8PTylrcer7hpbTK10EFK96Fqes3amBugEEVmt0Gm9DlzWIhxNSZfSYob822V' +
  'Kwf7K0Ay/hS2uEScOm+yOHDy2Md7XplBnjrpdHw8rnUd8iOiYvrz+360IerbU3KyaRVi/rl28DV9beDaXutYvl89WT/88/oP' +
  '/znX+pVyLKlWFY2h2PGk1uA9Gd5bvYIVmj3Gl/2wMBZh3gnSUPFfRQmH+GxOyAvu//Plv5Wvs6fVpOm4hAi0MNsBvWAepxrY' +
  'JbDwAQeU38Ql+9FlTx72GF+Iu275IC0IYx+UHLMpwb/Y4ZXSnhJjI+x3qRyiCgdfbQ+5/HdLpwkb8vZ90UIPI/Y9Y4YRe8xU' +
  'D21NdEgPb9x9uw4rgMEZEZLzAuqhIulrm9c0gNd6ZaRsbZshZZoBg8xTmousAxuPIXPgR4WrR6ItYYhwIIEDCZZ1XGMxauac' +
  'RSBmSvaNJ+KvXp4LiQ2j/LM3DWS5/tEvGmIOWePB8Rbdvqk+YCrjnyCYw7IHV9kVSeKwa0';
