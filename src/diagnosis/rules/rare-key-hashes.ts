// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWyUMTcUCcHsLqRJ/aEFcPKTq8mle++vVx33gj1L/iy66fAc0imogm4E0p4KELxFotPx6O0RUntzFaEw3hV3f' +
  '3alXoSwyka3V6sLpfIlnz3+EZbMbYwNgj4WXmKpkY8DJTz8kYoGMYhf7Vtht5FgmgATp241j6IljmCYKUP6oJw69pxLrFBW7' +
  '17ilovEZ6mJp47p7kffokKeKit3om+uRa83u/v3CB2DA0w6v+DFuDC97a6Dpw04f27sFIPHr/cFbDTUAGlPOaD4dNGYmeWWl' +
  '3GY8z2D4YPmxTvfL7FZuw/lTMMdTIzpCvS+PVbKfk0385dGug42MGlNXl+b2yqgX3pdvD73Uvm+NMw3OhEOXkLOYZfe1AOb6' +
  'QImfU1GPS5ArN2MT9GyB2lnHuvvcqE6uuzW542tE6uh2cj5yw4T6X4ga2v6x4T7YuI8SiriqLrtpAlLSFo9JNCL7c5KnlWRh' +
  'hXfIVuFjcRpYWakVHk90rb5odhSFNizmssMdoB3aIjzfwDP48uzOWqtTaEd4flwxyqYj5SH67oMTR58bYCWhgnkd9y0ZhZcg' +
  'o04mhsjpG8L2E+RwlAvGtY2mFqClEw8t5ql/A0TX2HVj29mUc80INCXnZYU24hXLShjVOkWI+S6+1h+KM5uXY205Bx6hMi0a' +
  'Rpg+uRJzpycjUmj2SLzPFHebdNVFN6m5ix5VWY/d7vZyyIii2ffbAI8KdfrZqXb9YGwp7Hq3EUeweoBbrpQqmZ6ibojeKYfn' +
  'y9//4jO38/C/FMLO8EMpnSD6jtv2r1hiJIzXCyUY/Ae4Bn5XUE7WCtX0ds9LCxncdX0Kn9qD5z78SqspND+TgUKnf6UrLA3r' +
  'Fe/56XD/sntZ31QVSADlnVoCn+RzUtUhjd+QapC07Wu9pvQ/u/O2Ejk5V67OCpImPZaZw4YIRS3orvhfZoS2fHiG2oXpYfET' +
  'gec8z/TVEAyuKkXx4VLG6pfwTdbV54ZqSbEWtqin1T0j2lk7gu8Ixj1NwjozbR/ETMC62VvEFGEki43f36NJQvhiXcyNHdQg' +
  'hkX6YI4Ck+NwpKQZrvokg0W77g4Z7wKR1oO5yL77FuRW8O4ct+m9LzhkHqkHPIa11FgTKZg05UVrk1S7EJCOVUC8mPSU7Eyl' +
  '6tNET7eZN5wSYnYoBdNtuCO1AZMLuDJoHj+p/My8WrycMWsI7ZUBcyWc1tyWZ/9d/t67xD/nLI+0+8Ai9b2u7Web2SMNc99/' +
  '2qD2/yBfOkEiEh5nva+bjh17v3jZmhdZ/zc/aM3uE3sC1Aoh05bzY+O2gC+zOavJUYcg7Wo6h/YJxtUnma3/ak0XnKZ04ek/' +
  'daLLi+fVuX8uNCQqxKlkmz6/B3AfwPMlXVqPrS+hfIEOoG7acKluYOX8cw2EtZGWLvpgcPIUoUEXDQbZeperVIkDAqkBzS2P' +
  'WAbvnev6zfOzguuyYwYEtSCkDYk+6KeMQcn8DMnajueg+aaZZJ8umOK5kvE99ct2y7EP5q/bEOSn5R6WhVrLWpOFsGPGmIOW' +
  'ePB8Rbdvqk+YCrjn/Yn8tFkKATI0';
