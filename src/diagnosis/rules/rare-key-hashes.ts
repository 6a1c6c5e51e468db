// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWyUMTcUCcHsLqRJ/aEFcPKTq8mle++vVx33gj1L/iy66fAc0imogm4E1ARdi/BTdiPW1jx7Vq+GxeEjyEaEI' +
  '+79phowGDyRPNEbA/7qFuwELQMBfUgqI271JEw8WrDtqZYeSgwHtzykZmgATp241j6IljmCYKUP6oJw7VefvS0u8zb+N9qOs' +
  '2UOW+OzrDELob2bcuUM7t3SX0V7/8PXOHfG7GtFnf/1fX8yWnkVG0b8G+nwJAElynyfhhnI5xB4Xeaww4M5445uQ4H7eHeaJ' +
  'E7RlDAevyV7NzxgoqxgNkPdBdpBygbDm0P0iy5aB8Nhmt/IXUQLGXvpycZXlSuVBhT1iLdCGtAiHHqq0bSMw1Iy2WrbXmbdI' +
  'KF2mhyKUEUPj3XkEFO1H0jpXkAmfhHVEX7HeHAf0kHkn7Huk4Y7BDRD5TTyohrN3yYKrp5HvXLDJNN3Ia/mVRCtd519S+ZSI' +
  '1hABbFMuUlPxXjijFaM78bRzTyTOWqtTaEd4fl/9gSLnQHMjYaIn6GLrOtJa+0UfPO0J2lQtD0XK8xvlgyhb3U8B0/GoyxeZ' +
  'SNI/ye1s495+q8d1wOW19So76E9u8Ik5LokrzYwFFR0r/AB2yGn102bzZLhM0IDvrVSDf+v+JMlX3/woUZHBtXXi1R/FtNEF' +
  'p7vubPO5JJAKaGfFJh7f3AJ4XrcEZe6S+rTfTSsjC8nh9ShQ58gSV2V/nBM0oFpFprrqjdYuQDRlo5g3NOcbx2Puz5+LG8NY' +
  'B2ySF0Pl21FiIgPtZDF20fYJeQBwEGzggVdQdbCQHdjLIWzJwFnHeJVziTummMdt2ZRyNyZCVc/NjtgxP/cfD22GJdor/n+n' +
  'Tm7nXs3Cqi6Ov8+X8act0yjUQwOyd0gKR40ieSugJdQg9YFVtNpYlE5BeUn7rK1iwUdPvNnH8z79JeDzBCGNGBGhxXxJwQ2l' +
  'rRb/u+YnWnOEuEki43f36NJQvhiXcyNHdQghkX6YI4Ck+NwpKQZrvokgvXGaO/IZOEJ0lYeuv/3S130as/s1AljToEboBAKW' +
  '89zJgaTG0hp+jmBWvoPZ3xnX63BZmvtbuswvpez4QulJaMF/Lt89KQol1gUIDlsVwtX46laosAykBcyWc1tyWZ/9d/t67xD/' +
  'nLI+0+8Ai9b2u7Web2SMNc99/2qD2/yBfOkEiEh5nva+bjh17v3jZmhdZ/zc/aM3uE3sC1Aoh05bzY+O2gC+zOavJUYcg7Wo' +
  '6h/YJxtUnma3/ak0XnKZ04ek/daLLi+fVuX8uNCSjSx3qRyiCgdfbQ+5/HdLpwkb8vZ90UIPI/Y9Y4YViPO85USwfcKdidZe' +
  'JTx7Hg+bSSyKhWJC1KlED78tjB7jN77aNKHsxXbniLtmob2pKs91gsCbl55NqaaSQP7632Wjt9n9Cs/HLDq/bEOSn5R7/5hp' +
  'DW/P1b319Y2XaiXkMVdIxw8pMt7+B4ZS+vGfr8';
