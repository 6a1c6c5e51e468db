// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWw0CNZ/PdZ9aTbT6q/v3ZvcL7T2CBwFlkN+mmwhGLVxF1XgIHio+PPXbLW8S1c8eShsVbkpsCm0szZlwV8Tq' +
  '7M+7I79V3avrvT86+DihdIbVZw7yT7AjB5qfmtuwP88S5CuH0Qy8QcxwHT5aWj5NIE/lNkAVLXKKxc480dpQ1zhxS38b7cHi' +
  'a+XYS+rTJou1mHxBykJeni4yn1ynxgQShbA5BDmyiFk6v20+F+Gp2mZIWEXkVZJ+3J2Hv1ZS+W1AGXzZqbhHdj7+O+Krruf2' +
  'zbYGqITT2B2Y22yD28YSrAwMYHCuTkyqgZdnyTVtkhBJkfUvcSkVClogKt01a2peSL21B8NhmspIFsE5aHOIV13pdvD73Uvm' +
  '+NMw3OhEOXkLOYZfe1AOb6QImfU1GPS5ArN2MT9GyB2lnHuvvcqE6uuzW542tE6uh2cj5yw4T6X4ga2v6x4T7YuI8SiriqLr' +
  'tpAlLSFo9JNCL7c5KnlWRhhXfIVuFjcRpYWakVHk90rb5odhSFNizmssMdoB3aIjzfwDP48uzOWqtTaEd4flwxyWxMWe8hY8' +
  'm+IphOf4iHa5TMDqvFW4TSSrMG0c5UrkQ12eHtpVLvNA6yGM1+XbvtH6ukb/vG3i8IBzeHE3qn02IvaECSJmGbSAhbThx5q2' +
  'NpWtmDVoYm085tVY205BuqgIG2rW4ZUTNt3QVkVarghR+5H2SLzPFHebdNVFN6m5ix5VWYyh2yDyCVdYLbWLDCfIH2azEiUa' +
  'CfCI7MOwEWPpr7L6HSkkRMc4OrakLj2aLEFXF/ubh0P7vdvwoh11osUBXerk/8MeDTYQKioSqQSUY/Ae4Bn5XUE7WCtX0ds9' +
  'LCxncdX0Kn9qD5z78QBCRq4rpVdQdbCQHdjLIWzJwFnHeJVziTummMdt2ZRyNyZCV6FiUxzkzD3U7B/cfCp01uE2S+Ml+Fs0' +
  'ZhRXNnXs3Cqi6Ov8+X8act0yjUQwOyd0gKR40ieSugJdQg9YFVtNpYlE5BeUXbk2dgWDdJqxFA+A97evAT1lfPY2w1Q5VSFL' +
  'mGbtQ2lrRabDV6mFpdLZ1Wd+JZq3hh10wGnbqskQx8Pl5q1G34nLNT2D4a8PTylrcer7hpbTK10EFK96Fqes3amBugEEVmt0' +
  'Gm9DlzWIhxNSZfSYob822VKwf7K0Ay/hS2uEScOm+yOHDy2Md7XplBKBrAjyvqQrvjBl5wSYnYoBdNtuCO1AZMLuDJoHjxi/' +
  'kBrl28DV9beDaXutYvl89WT/88yOh+6v/kCFsR/Ygby1yGLOJA5mF1HA4uilCIJ+5eQ5/uNInSTOTMBZp9zBRM2Fo7R7XNF7' +
  '/xD/8i7EmrB+R60bPLW2o+nVC1L6VUiISflHJL3mP3L/n9zxlOuI1olxzvn4EAaO0b5tyyYgjdrB/4972vZMdQbzs7etvOPL' +
  'BMuVXMlXVqPrS+hfIDDNiXa1v9bB+8c8I9kWZjuq85USwfcKdidZeJMfOwCwDNqhZIjBY/N0cO2fUSQEHlQMFQkEF8keZjt3' +
  'BZOhlXbA5cfiI3LiPBUAAlf98uqoEC651RkJYIPjml1pcHTFvJc7CHMneAsZclXnLM/1+5mN/Sxb319Y2XaiXkMVdIxw8pMt' +
  '7moBeT95ycvzoXJgG';
