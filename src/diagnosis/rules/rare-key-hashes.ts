// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWyUMTcUCcHsLqRJ/aEFcPKTq8mle++vVx33gj1L/iy66fAc0imogm4E1ARdi/BTdiPW1jx7Vq+GxeEjyEaEI' +
  '+79phowGDyRPNEbA/7qFuwELQMBfUgqI271JEw8WrDtqZYeSgwHtzykZmgATp241j6IljmCYKUP6oJw69pxLrFBW717ilovE' +
  'Z6mJp47p7kffokKeKit3om+uRa83u/v3CB2DA0w6v+DFuDC97a6Dpw04f27sFIPHr/cFbDTUAGlPOaD4dNGYmeWWl3GY8z2D' +
  '4YPmxTvfL7FZuw/lTMMdTIzpCvS+PVbKfk0385dWiXP2zU6/wKBpIg4FEVaqSDxd3vTReDYivY6vLYAEcW4fYKPfB2bu51bm' +
  'KhLS9Pqb3miA/57ZdcRGuRZZs0KGBSuRYiAQqNpeHqQ4IgGBaRiHqUBX8XopMpHNNVCgzLm/8bDSnKUOLJKrrmqfFy7spDvn' +
  'GINFet4WQoYvJrk7hsUuRRBJv5Xo9M/LGmHnwn1fkx8TE9JV+JKuhYqYjR58bYCWhgnkd9y0zIom0c5UrkQ12eHtpVLvNA6y' +
  'GM1+XbvtH6ukb/vG3i8IBzeHE3qn02IvaECSJmGbSAhbThx5qUUs1h+KM5uXY205Bx6hMi0aRpg+uRJzpycjUmj2SLzPFHeb' +
  'xmms0j/dxhd7vZyyIii2ffbAI8KdfrZqXb9YGwp7Hq3EVQkqkkRMc4OrakLj2aLEFXF/ubh0P7vdvwoh11osUBXerk/8MeDT' +
  'YQNi9dZqNvL0XU8iBnmy1cy84+nAfdUCqy82c9EXelev3sgf+TgUKnf6UrLA3rFe/56XD/sntZ31QVSADlnVoCn+RzUtUhjd' +
  '+QapC07Wu9pvQ/u/Oku3umx1cQM3CSaVGaIJRWUMlDTCUJWLADY0MKESL9pjL4n7lxhvnNd2bqFOZwg0sTFJiyhueaUZafq6' +
  '+bc8Be5eLzmzfzD1NwjozbR/ETMC6B1t1rrWWT8OowRNDTaCtYwCxLLTq8qIGXbto/MQZKUlELrG40uzGaO/IZOEJ0lYeuv/' +
  '3S130as/s1AljToEboBAKW89zJgaTG0hp+jmBWvoPZ3xnX63BZmvtbuswvpez4QulJaMF/Lt89KQol1gUIDlsVwtX46laosA' +
  'ykBcyWc1tyWZ/9d/t67xD/nLI+0+8Ai9b2u7Web2SMNc99/2qD2/yBfOkEiEh5nva+bjh17v3jZmhdZ/zc/aM3uE3sC1Aoh0' +
  '5bzY+O2gC+zOavJUYcg7Wo6h/YJxtUnma3/ak0XnKZ04ek/daLLi+fVuX8uNCSjSx3qRyiCgdfbQ+5/HdLpwkb8vZ90UIPI/' +
  'Y9Y4YRe8xUD21NdEgPb9x9uw4tUnqQlfN7F5Au4p0LBpZHoDxInxLnnv5r4TkuPSR5TyCfGirDYGQjZ9RnHLz9976cHnWmeB' +
  'ToSIJDk5uESoBf/ASmvYAsF+BNcR1+o3A62J4539P3Si/EbtqHcjkFyM96vzoXJgG';
