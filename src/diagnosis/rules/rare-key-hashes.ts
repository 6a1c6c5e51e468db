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
  '+bc8Be5eLzmzfzD1Nwjo/yVHOmOi7S7NM21qXZBfjSrsGpUBepjLLtGZH926NVBzPgDHwyvNL0G3Zr2HZzADWvC2+AZZdyDm' +
  '4C2JR/O4g+rt8wN8ifI0WdrEgHr02lFwt0k3d9cCFl64OCkF3dUNZRhdEZqHhYzEHO/zNSWbHhAy6fv8s/P/hU4GQ+JBOhou' +
  'kRo2O7Vo2FycV/SOVit/5LBu3uWgmcKBWU2YK9nPUOadyBGqB/mkbYuwmwiN7cJwMsi4VaEsF2kUF/sR+HOFWuFOm4hAi0MN' +
  'sBvWAepxrYJbDwAQeU38Ql+9FlTx72GF+Iu275IC0IYx+UHLMpwb/Y4ZXSnorpiFHlomogUcLhuNz6TNFgwKZcCa1v9bB+8c' +
  '8I9kWZjuq85USwfcKdidZeJTx7Hg+bSSyKhWJC1KlED78tjB7jN77aNKHsxXbniLtmob2pKs91gsCbl55NqaaSQP7632Wjt9' +
  'n9CsuNWvp8kdyfp3c8hO/ujUPi7x8CeO9CGKCbaDopywNVH6Qsu/nOaRdtA5Ef0';
