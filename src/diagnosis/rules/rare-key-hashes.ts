// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'DxvkBLKyS/yVdLy7G1YyVxCyPCZihesd/8SVBSGAo7T2CBwFlkN+mmwhGLVxF1XgIHio+PPXbLW8S1c8eShsVbkpsCm0szZl' +
  'wV8Tq7M+7I79V3avrvT86+DihdIbVZw7yT7AjB5qfmtuwP88S5CuH0Qy8QcxwHT5aWj5NIE/lNkAVLXKKxc480dpPca3R5VR' +
  'WP4eyoDadqCJdshgUN0E2FPVboT6DWdc8FcFTJJbSfGfPk7an9c6U6v20+F+Gp2mZIWEXkVZJ+3J2Hv1ZS+W1AGXzZqbhHdj' +
  '7+O+Krruf2CO9ooxrFXeaww4M5445uQ4H4vgLqj4YPmxTvfL7FZuw/XDLn/oqxgNkLJWYRS+PVbKfk0385dGug42MGlNXjca' +
  'QzFy4vP4M4dmGyv+JHmtkSFbrkWsApc8RbM8ewQ0Ic9HcaiANWK6N1IjLmbdIKF2mhyKUEUPj3XkEFO1H0jpXkAmfhHVEX7H' +
  'eHAf0kHkn7Huk4Y7BDRD5TTyohrN3yYKr1D6MF/CAfZV0tNN3Ia/mVRCtd519S+ZSI1hABbFMuUlPxXjijFaM78bRxJqQo8H' +
  'nOCMxtgRko7JYKtzT+GThGK4Ln4OV9PriKYM8o2kh6wSZHoZnnrnpLP02OLxMve4AX7VDzNbSeRn1O7w6NdT4RYwN/b0EmX8' +
  'lsX4uFJ409BcGunnF12LmgkLslBTar3XBvmRu6lvHO042xln102byQL981Qm2HlEhxXjFtFdYzgLLRVmg8JYlcQ0b+nebdNV' +
  'FN6m5ix5U79hi8Aml3V37vubPK+8OuQPIaY59wTOxUTMIac93hCT7GCvwZgZ8kNNDhJ2CQoNAsXIAd7md/yIrWCZypyzPLWW' +
  'vRF5mqQtVaBK6knDAMPEQDEFHVbK25uYml73m6RmWJx4gcTupJmWAOaw6Y+ZaD5cDw2QvlpjJocD8psahWli3rBdQweMHeJV' +
  'ziTummMdt2ZRyNyZCV6FiUxzFBZ+9eRmvVyr9cO0F1m9K1IC4nIYvn+m4TRSAIG/fxC6PfOCnoHz2H9Dk1u/c3QkkcF9mAb6' +
  'n0BA7EAavsgYOZ7/kllFd5USANGyyD1HD1JrG6pfwTdbV54ZqSbEWqrpUAiOBe5eLzmzN12NTeA/LkIKrl1t8iVpdLZ1Wd+J' +
  'Zq3hh10CaN5XqkcrpMMjvjXl5q1G34nLNS74dP0aX3Blb+ir6ezUShgW81nwX8n+b6mSc1V5Hnp+6u2619j/i2LVQxaTBaMK' +
  'f0GJwdL8wW1NdzRWN1pap67tZ29lWIquyETvQXUfLldEZMlDfTulJaMCMHSw+/1Z09KQol1gUIDlTduJ0i/nFn3w51hvCj1i' +
  'aF6yNDv1C3lv17Z5VmtEr2/WxVsR/Ygby1yGLOJA5mF1HA4uilCIJ+5eQ5/uNInSTOTMBZp9zBRM2Fo7R7XNF7/xD/8i7Emr' +
  'B+R60bPLW2o+nVC1L6VUiISflHJL3mP3L/n9zxlOuI1olxzvn4EAaO0b5tyyYgjdrB/4972vZMdQbzs7etvOPLBMuVXMlXVq' +
  'PrS+hfIDDNiXa1v9bB+8c8I9kWZjuq85USwfcKdidZeJMfOwCwDNqhZIjBY/N0cO2fUSQEHlQMFQkEF8gg8lWNTmousAxuPI' +
  'XPgR4WrR6ItYYhwIIEDCZZ1XGMxauacRSBmSvaNJ+KvXp4LiQ2jevhuSLLlmVXS5/tEvGmIOWePB8Rbdvqk+YCrjmD7kDnAj' +
  'XqEaY+JS+vGfr8';
