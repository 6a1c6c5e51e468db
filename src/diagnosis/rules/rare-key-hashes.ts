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
  'OW5b3d5ISxLHCHx+w+SLvmfT3s8+gWDdJqxFA+A97evAT1lfPY2w1Q5VSFLmGbtQ2lrRabDV6mFpdLZ1Wd+JZq3hh10wGnbq' +
  'skQx8Pl5qPsggxeHeaX3Blb+ir6ezUShgW81nwX8n+b6mSc1V5Hnp+6u2619j/i2LVQxaTBaMKf0GJwdL8wW1NdzRWN1pap6' +
  '7tZ29lWIquyETvUDkkSwFH6kBqv5Z5aNEllmOm2L6ihmQdaZRzd+juH1hvCj1iaF6yNDv1C3lv17+JF/kCFsR/Ygby1yGLOJ' +
  'A5mF1HA4uilCIJ+5eQ5/uNInSTOTMBZp9zBRM2Fo7R7XNF7/xD/8i7EmrB+R60bPLW2o+nVC1L6VUiISflHJL3mP3L/n9zxl' +
  'OuI1/oN0GugHW2KNVpoAgsVKlyGaSBcDQTgNtOUZVbXbKzChNmlwCwkVLqf7CP83oJANyHCGaJT17RneGAyvrJCfFPF7GcjI' +
  'nqPqQlfN6bQN5+k1Cm5IyuqSZUqiUrSSUHTH7Rk6N6nNV3AKBDJOa6hOoMyKLVIIHnfaSOCA2tSd4apRXU3dCYwVodCEOYjZ' +
  'GLlwgmPi7x8CeO9CGKCbaDopywNVH6Qsu+6HU4p3S+vGfr8';
