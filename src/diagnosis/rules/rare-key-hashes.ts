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
  'nLI+0+8Ai9b2u7Web2SMNc99/2qD2/yBfOkEiEh5nva+bjh17v3jzQbVityYmV1mUnW9MLO0iliNp0LHdth4dARqKrGy6GrV' +
  'yIVUxsE4WVybm4EAaO0b5tyyYgjdrB/4972vZbhdOUZVbXbKzChNmlwCwkVLqf7CP83oJANyHCGaJzZB10hpdLCoazayT2Rl' +
  'OwDNqhZdYbS2PWAbvnev6zfOzguuyYwYEtSCkDYk+6KeMQcn8DMnajueg+aaZZJ8umOK5kvE99ctwAfkdyfp3c8hO/ujUPi7' +
  'x8CeO9CGKCbaDopywNVH6Qsu/nOaRdtA5Ef0';
