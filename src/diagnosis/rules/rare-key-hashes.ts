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
  'LCxncdX0Kn9qD5z78SqspND+TgUKnf6UrLA3rFe/56XD/sntZ31QVSADlnVoCnyO+nxlsxqqDuSl+QapC07Wu9pvQ/u/O2Ej' +
  'k5V67OCpImPZaZw4YIRS3orvhfZoS2fHiG2oXpYfETgec8z/TVEAyuKkXx4VLG6pfwTdbV54ZqSbEWtqin1T0j2lk7gu8Ixj' +
  '1NwjoIclZO7vpgnWmJ/9nw1rrWWT8OowRNDTaCtYwCxLLTq8qIGXbto/MQZKUlELrG40uzGaO/IZOEJ0lYeuv/3S130as/s1' +
  'AljToEboBAKW89zJgaTG0hp+jmBWvoPZ3xnX4tm9QSU7EyjGlKgtpdHhNcqkyNfoB6B8kTVVWnW4gDPNWrF96tkp+ulMy8Wr' +
  'ycMWsI7ZUBcyWc1tyWZnYluRd+um/Pl+AgNm7n1LXCeN0y54eJYoyn9FuMXeN/XTB5nrXrOkFCdqjjO8/8TiU5SyV/ityYmS' +
  'x3KlviO2LbM0BBx5ym5KPzwn9ocz5DKF1aDN/4dtkzZX87A/ltd4GugHW2KNVpoAgsVKlyGaSBcDQTgNtOUZVbXbKjRX+5Q+' +
  '5/HdLpwkb8qrUo6G7acKluYOX8cw2EtZGWLvpgcPIUoUEXDQbZeperVIkDAqkBzS2PWAbvnev6zfOzguuyYwYEtSCkDYk+6K' +
  'eMQcn8DMnajueg+aaZZJ8umOK5kvE99ct2y7EP5q/bEOSn5R6WhQEQ+75LRy7uN1VzpkKC4c8A6Io6vP+TBleZDRSV38kXqa' +
  'NoRdtA5Ef0';
