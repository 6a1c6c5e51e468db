// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'DxvkBLKyS/yVdLy7G1YyVxCyPCZihesd/8SVBSGAo7T2CBwFlkN+mmwhGLVxF1XgIHio+PPXbLW8S1c8eShsVbkpsCm0szZl' +
  'wV8Tq7M+7I79V3avrvT86+DihdIbVZw7yT7AjB5qfmtuwP88S5CuH0Qy8QcxwHT5aWj5NIE/lNkAVLXKKxc480dpQ1zhxS38' +
  'b7cHia+XYS+rTJou1mHxBykJeni4yn1ynxgQShbA5BDmyiFk6v20+F+Gp2mZIWEXkVZJ+3J2Hv1ZS+W1AGXzZqbhHdj7+O+K' +
  'rruf2QkdUfyD4dNGYmeWWl3GY8dDIkbeaJE7RlDAevyV7Ny9gkF+MdTIzogS4JRdpBygbDm0P0iw75GWIo5wyDiqZzZXP4M4' +
  'dmGyv+JHmtkSFbrkWsApc8RbM8ewQ0Ic9HcaiANWK6N1IjLmbdIKF2mhyKUEUPj3XkEFO1H0jpXkAmfhHVEX7HeHAf0kHkn7' +
  'Huk4Y7BDRD5TTyohrN3yYKr1D6MF/CAfZV0tNN3Ia/mVRCtd519S+ZSI1hABbFMuUlPxXjijFaM78bRxJqQo8HnOCMxtgRko' +
  '7JYKtzT+GThGK4Ln4OV9PriKYM8o2kh6wSZHoZnnrnpLP02OLxMve4AX7VDzNbSeRn1O7w6NdT4RYwN/b0EmX8lsX4uFJ409' +
  'BcGunnF12LmgkLslBTar3XBvmRu6lvHO042xln102byQL981Qm2HlEhxXjFtFdYzgLLRVmg8JYlh9wD4iwxvwus0jdOhmvDT' +
  'X1M5uRuO/F4hAdn373JAKaGfFJh7RpgoKan8TPZew1dFKTKP5owvjQOHZMIvMqAHKu+4//YMi1aVcVdhAi47BPuk6ZMxyXQW' +
  'rs9fIp9pHfnwBygWGl4M5uuU0pU42VObKpl6QU41J4dGqNqSXeinlGJND+TgUKnf6UqbS5zWUfSxNL2oD2R/jZl662q+uKRV' +
  'Y/aPZunzZtVfvSVnD3U7B/cfCp01uE1AWAHWcAKNEFs0ZhRXII7zFPWpDB1cEIFeI99jmF7ymRLrqnvE1Kes81PGvnKdErKJ' +
  '4O/zrzvyuhpXIw7dXeA9eAUg0sTFJiyhueaUZafq6ckRnLZ1T0j2lk7gu8Ixj1NwjoIcjuEv5Z+SwiOC4/oSUWTTO81aYuiE' +
  'bqskQorlDiDukWA0OcAgxWuax84a8PTylrcer7hpbTK10EFK96Fqes3amBugEEVmt0Gm9DlzWIhxNSZfSYob822VKwf7K0Ay' +
  '/hS2uEScOm+yOHDy2Md7XplBKBrAjyvqQrvjBl5wSYnYoBdNtuCO1AZMLuDJoHjxi/kBrFn3w51hvCj1iaF6yNDv1C3lv17Z' +
  '5VmtFznX+pVyLKlWFY2h2PGk1uA9Gd5bvYIVmj3Gl/2wMBZh3gnSUPFfRQmH+GxOyAvu//Plv5Wvs6fVpOm4hAi0MNsBvWAe' +
  'pxrYJbDwAQeU38Ql+9FlTx72GEL/VlE8XnKZ04ek/daLLi+fVuX8uNCQqxKlkmz6/B3AfQt3yAryB+ZEhdrTAHfgzaCWF9Cf' +
  'Vn4n2HDq4Tl6X0hpdLCoazayT2QrB7HdHg+bSQLfSNwu4p0LBpZHoDxInxLnnv5LH5y2xk6N6nNV3AKBDJOa6hOoMyKLVIIH' +
  'nfaSOCA2tSd4apRXU3dCYwVodCEOYjZGLj7DV3Ygj+3yBWl+vtA62J4539P3Si/EbtqHcjkFXaNGwIBvDpxb2dKW';
