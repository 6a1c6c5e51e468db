// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWyUMTcUCcHsLqRJ/aEFcPKTq8mle++vVx33gj1L/iy66fAc0imogm4E0p4KELxFotPx6O0RUntzFaEw3hV3f' +
  '3alXoSwyka3V6sLpfIlnz3+EZbMbYwNgj4WXmKpkY8DJTz8kYoGMYhf7Vtht5FgmgATp240Jvj0+rzk1aIZp8sIVGnEVQkfv' +
  'S0u8zb+N9qOs2UOW+OzrDELob2bcuUM7t3SX0V7/8PXOHfG7GtFnf/1fX8yWnkVG0b8G+nwJAElynyfhhnI5xB4Xeaww4M54' +
  '45uQ4H7eHeaJE7RlDAevyV7NzxgoqxgNkPdBdpBygbDm0P0iw75GWIo5wyDiqZzZXP4M4dmGyv+JHmtkSFbrkWsApc8RbM8e' +
  'wQ0Ic9HcaiANWK6N1IjLmbdIKF2mhyKUEUPj3XkEFO1H0jpXkAmfhHVEX7HeHAf0kHkn7Huk4Y7BDRD5TTyohrN3yYKrp5Hv' +
  'XLCRu6wwuQKd+3xPcyue9BdqRYGDPHSfwt3rxFSDjbfyYmv4hVQUZMH2EFM8DDtP3fnAR+k/D8hHN4HXybdMnI9OZ8AwiRfo' +
  'V08wuvgiW1CAzhSq25GZlc+hokKDuWi3z3BpkYDnTB/oW7OGaNxGYS7fY04bp8SOudWXAuLNAxNsBe4ld1lWQ/b5W0GBk/44' +
  '0ANsDMjO18tdLzmsdxdvDQzXQ4uhwoUZHBEk+UkDWBPsA/15/EFp7vubPO5JJAKaGfFJh7f3AJ4XrcEZe6SzHrHaNBhcrfX6' +
  'DPBbRGf5JZuJ/+9Qm6H+P+UigmGSjdYuQDRlo5g3NOcbx2Puz5+LG8NYB2ySF0Pl21FiIgPtZDF20fYJeQBwEGvfjckRyxKy' +
  'fZICzggK7gVH+AD2R/jZl662q+uKRVY/aPZytwzkzNRFyr9cO0F1mJdor/n+m4TRSA+CEmPcbWp797q94asu7bhpNJ7au5IZ' +
  'OW5b3d5ISxLHCHx+w+SLvmfT3s8+gWDdJqxFA+A97evAT1lfPY2w1Q5VSFLmGbtQ2lrRbxAt+SwiOC4/oSUWTTO87I6Ckcrp' +
  'NP3DukZErLNT2D4a8PTylrcer7hpbTK10EFK96Fqes3amBugEEVmt0Gm9DlzWIhxNSZfSYob822VKwf7K0Ay/hS2uEScOm+y' +
  'OHDy2Md7XplBnjrpdHw8rnUd8iOiYvrz+360IerbU3KyaRVi/rl28DV9beDaXutYvl89WT/88/oP/znX+pVyLKlWFY2h2PGk' +
  '1uA9Gd5bvYIVmj3Gl/2wMBZh3gnSUPFfRQmH+GxOyAvu//Plv5W+3WzZ0Iigm1PVOlc0gZFlM9EKtefgXuCXg/ua+ztiS90/' +
  'vBW8SL8m1ABlvv5LRFgN+8IE5p6jErBxiFHlomogUcLhuNz6TNFgwKZcCa1v9bB+8c8I9kWZjuq85USwfcKdidZeJMfOwCwD' +
  'NqhZIjBY/N0cO2fUSQEHlQMFQkEF8keZjt3BZOhlXbA5cfiI3LiPBUAAlf98uqoEC651RkJYIPjml1pcHTFvJc7CHMneAtzL' +
  'OCs3za6KC4c8A6Io6vP+TBleZDRSV38l2PXkVSeKwa0';
