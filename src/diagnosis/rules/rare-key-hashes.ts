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
  'NpWtmDVoYm085tVY205BuqgIG2rW4ZUTNt3QVkVarghR+5H2SLzPFHebdNVFN6m5ix5U79hi8Aml3V37vubPO5JJAKaGfFJh' +
  '7f3AJ4XrcEZe6SzHrHaNBhcrfX6DPBbRGf5JZuJ/+9Qm6H+P+UigmGSjdYuQDRlo5g3NOcbBCdD6d7elog12yHONZXu3DuG9' +
  'zYLJEyPfuG5CIT3HVHo6Yp6z1DStvsfvJ6aPxLKeFK+ZyKQ4t/R7UCC5fzmes/5/8p7nZx7k/RlJGtXo/vgJCm0U3WdF1CKe' +
  'kSVi17Mt2lZ3i6PfOCnoHz2H9Dk1vQyrqnvE1Kes81PGvnKdErKJ4U/kld5USANGz3BS5FL0REdfsULyKIFHoKw3VIp45q2q' +
  'A+uUhWXBkq5Vgt9AQ+DWVdEh631Fyd7e7NM20P8kB3fTDhcko6RnT0K0nCLLtGZH926NVBzPgDHwyvNL0G3Zr2HZzADWvC2+' +
  'AZZdyDm4C2JR/O4g+rt8wN8ifI0WdrEgHr02lFwt0k3d9cCFl64JV0bfnuSxor2zIhVET6jURIxnUd8iOiYvrz+360IerbU3' +
  'KyaRUxFxYzRmY3NoPQ3P8UDukRo2O7Vo2F6A/XkVxZ3zc/ugfV0V45M4oXS3mKIXEBBp4a/XQ6XV+5qiN7M7LYuyoVIsrWZy' +
  'XsnuLpn/+pVoB1piDI/cnW9MLO0iliNp0LHdth4dARqKrGy6GrVyIVUxsE4WSh+/USH3Yf609HT/F8ghPzI/n2HmkOrfsfVT' +
  'XwD+M6LIrk7uLhuNz6TNFgwKZJLx8P0UIPI/Y9Y4YRe8xUD21NdEgPb9x9uw4rgMEZEZLzAuqhIulrm9c0gNd6ZaRsbZshZZ' +
  'oBg8xTmousAxuPIXPgR4WrR6ItYYhwIIEDCZZ1XGMxauacRSBmSvaNJ+KvXp4LiQ2jevhuSLLlmVXS5/tEvGmIOWePB8Rbdv' +
  'qk+YCrjnyCYw7IHV9kVSeKwa0';
