// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWyUMTcUCcHsLqRJ/aEFcPKTq8mle++vVx33gj1L/iy66f96pBvbc6LM0Xm6OYXolP+MxFOp03RsE/fyXtGTR' +
  'uT8SbyEJdNbqWRusokTAL+FeVnqSgqiNId3VZfaWXmKpkY8DJTz8kYoGMYhf7Vtht5FgmgATp240Jvj0+rzk1aIZp8sIVGnE' +
  'VQkfvS0u8zb+N9qOs2UOW+OzrDELob2bcuUM7t3SX0V7/8PXOHfG7GtFnf/1fX8yWnkVG0b8G+nwJAElynyfhhnI5xB4Xeaw' +
  'w4M5445uQ4H7eHeaJE7RlDAevyV7NzxgoqxgNkPdBdpBygbDm0P0iw75GWIo5wyDiqZzZXP4M4dmGyv+JHmtkSFbrkWsApc8' +
  'RbM8ewQ0Ic9HcaiANWK6N1IjLmbdIKF2mhyKUEUPj3XkEFO1H0jpXkAmfhHVEX7HeHAf0kHkn7Huk4Y7BDRD5TTyohrN3yYK' +
  'rp5HvXLCRu6wwuQKd+3xPcyue9BdqRYGDPHSfwt3rxFSDjbfyYmv4hVQUZMH2EFM8DDtP3fnAR+k/8EreA2AuYCFaiwsAHB4' +
  'P1NLZTEJu17N7DLa09XNjRcWGg4TytrULoXl45WVePUTqHkBfV+K0x24Y/Q4JWzCG0akP3Z74y49N2gvNQ+nT0byuDy3Nyei' +
  '021TtuWW1I+ngrh096ywlk6q/S/9hLMtyAY4uhwoUZHBEk+UkDWBPsA/15/EFp7vubPO5JJAKaGfFJh7f3AJ4XrcEZe6SzHr' +
  'HaNBhcrfX6DPBbRGf5JZuJ/+9Qm6H+P+UigmGSjdYuQDRlo5g3NOcbx2Puz5+LG8NYB2ySF0Pl21FiIgPtZDF20fYJeQBwEG' +
  'vfjckRyxKyfZICzggK7gVH+AD2R/jZl662q+uKRVY/aPZytwzkzD3U7B/cfCp01uE2S+Ml+Fs0ZhRXNnXs3Cqi6Ov8+X8act' +
  '0yjUQwOyd0gKR40ieSugJdQg9YFVtNpYlE5BeUn7rK1iwUdPvNnH8z79JeDzBCGNGBGhxXwk24kxGL+hSafhus1+SwiOC4/o' +
  'SUWTTO87I6CkcrpNP3DukZErLNT2D4a8PTylrcer7hpbTK10EFK96Fqes3amBugEEVmt0Gm9DlzWIhxNSZfSYob822VKwf7K' +
  '0Ay/hS2uEScOm+yOHDy2Md7XplBnjrpdHw8rnUd8iOiYvrz+360IerbU3KyaRVi/rl28DV9beDaXutYvl89WT/88/oP/znX+' +
  'pVyLKlWFY2h2PGk1uA9Gd5bvYIVmj3Gl/2wMBZh3gnSUPFfRQmH+GxOyAvu//Plv5Wvs6fVpOm4hAi0MNsBvWAepxrYJbDwA' +
  'QeU38Ql+9FlTx72GF+Iu275IC0IYx+UHLMpwb/Y4ZXSnhJjI+x3qRyiCgdfbQ+5/HdLpwkb8vZ90UIPI/Y9Y4YRe8xUD21Nd' +
  'EgPb9x9uw4rgMEZEZLzAuqhIulrm9c0gNd6ZaRsbZshZZoBg8xTmousAxuPIXPgR4WrR6ItYYhwIIEDCZZ1XGMxauacRSBmS' +
  'vaNJ+KvXp4LiQ2j/LM3DWS5/tEvGmIOWePB8Rbdvqk+YCrjnyCYw7IHV9kVSeKwa0';
