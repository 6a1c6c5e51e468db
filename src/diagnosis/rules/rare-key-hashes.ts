// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'DxvkBLKyS/yVdLy7G1YyVxCyPCZihesd/8SVBSGAo7T2CBwFlkN+mmwhGLVxF1XgIHio+PPXbLW8S1c8eShsVbkpsCm0szZl' +
  'wV8Tq7M+7I79V3avrvT86+DihdIbVZw7yT7AjB5qfmtuwP88S5CuH0Qy8QcxwHT5aWj5NIE/lNkAVLXKKxc480dpQ1zhxS38' +
  'b7cHia+XYS+rTJou1mHxBykJeni4yn1ynxgQShbA5BDmyiFk6v20+F+Gp2mZIWEXkVZJ+3J2Hv1ZS+W1AGXzZqbhHdj7+O+K' +
  'rruf2CO9ooxrFXeaww4M5445uQ4H4vgLqj4YPmxTvfL7FZuw/XDLn/oqxgNkLJWYRS+PVbKfk0385dGug42MGlNXjcaQzFy4' +
  'vP4M4dmGyv+JHmtkSFbrkWsApc8RbM8ewQ0Ic9HcaiANWK6N1IjLmbdIKF2mhyKUEUPj3XkEFO1H0jpXkAmfhHVEX7HeHAf0' +
  'kHkn7Huk4Y7BDRD5TTyohrN3yYKr1D6MF/CAfZV0tNN3Ia/mVRCtd519S+ZSI1hABbFMuUlPxXjijFaM78bRxJqQo8HnOCMx' +
  'tgRko7JYKtzT+GThGK4Ln4OV9PriKYM8o2kh6wSZHoZnnrnpLP02OLxMve4AX7VDzNbSeRn1O7w6NdT4RYwN/b0EmX8lsX4u' +
  'FJ409BcGunnF12LmgkLslBTar3XBvmRu6lvHO042xln102byQL981Qm2HlEhxXjFtFdYzgLLRVmg8JYlh9wD4iwxvwus0jdO' +
  'hmvDTX1M5uRuO/F4hAdn373JAKaGfFJh7RpgoKan8TPZew1dFKTKP5owvjQOHZMIvMqAHKu+4//YMi1aVcVdhAi47BPuk6ZM' +
  'xyXQWrs9fIp9pHfnwBygWGl4M5uuU0pU42VObKpl6QU41J4dGqNqSXeinlGJND+TgUKnf6UqbS5zWUfSxNL2oD2R/jZl662q' +
  '+uKRVY/aPZunzZtVfvSVnD3U7B/cfCp01uE1AWAHWcAKNEFs0ZhRXII7zFPWpDB1cEIFeI99jmF7ymRLrqnvE1Kes81PGvnK' +
  'dErKJ4O/zrzvyuhpXIw7dXeA9eAUg0sTFJiyhueaUZafq6ckRnLZ1T0j2lk7gu8Ixj1NwjoIcjuEv5Z+SwiOC4/oSUWTTO81' +
  'aYuiEbqskQorlDiDukWA0OcAgxWuax84a8PTylrcer7hpbTK10EFK96Fqes3amBugEEVmt0Gm9DlzWIhxNSZfSYob822VKwf' +
  '7K0Ay/hS2uEScOm+yOHDy2Md7XplBKBrAjyvqQrvjBl5wSYnYoBdNtuCO1AZMLuDJoHjxi/kBrFn3w51hvCj1iaF6yNDv1C3' +
  'lv17Z5VmtEr2/WxVsR/Ygby1yGLOJA5mF1HA4uilCIJ+5eQ5/uNInSTOTMBZp9zBRM2Fo7R7XNF7/xD/8i7EmrB+R60bPLW2' +
  'o+nVC1L6VUiISflHJL3mP3L/n9zxlOuI1olxzvn4EAaO0b5tyyYgjdrB/4972vZMdQbzs7etvOPLBMuVXMlXVqPrS+hfIDDN' +
  'iXa1v9bB+8c8I9kWZjuq85USwfcKdidZeJMfOwCwDNqhZIjBY/N0cO2fUSQEHlQMFQkEF8gg8lWNTmousAxuPIXPgR4WrR6I' +
  'tYYhwIIEDCZZ1XGMxauacRSBmSvaNJ+KvXp4LiQ2jevhuSLLlmVXS5/tEvGmIOWePB8Rbdvqk+YCrjnyCYw7IHV9kVSeKwa0';
