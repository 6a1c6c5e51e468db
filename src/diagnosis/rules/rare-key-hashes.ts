// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWyUMTcUCcHsLqRJ/aEFcPKTq8mle++vVx33gj1L/iy66f96pBvbc6LM0Xm6OYXolP+MxFOp03RsE/fyXtGTR' +
  'uT8SbyEJdNbqWRusokTAL+FeVnqSgqiNId3VZfaWXmKpkY8DJTz8kYoGMYhf7Vtht5FgmgATp240Jvj0+rzk1aIZp8sIVGnE' +
  'VQkfvS0u8zb+N9qOs2UOW+OzrDELob2bcuUM7t3SX0V7/8PXOHfG7GtFnf/1fX8yWnkVG0b8G+nwJAElynyfhhnI5xB4Xeaw' +
  'w4M5445uQ4H7eHeaJE7RlDAevyV7NzxgoqxgNkPdBdpBygbDm0P0iw75GWIo5wyDiqZzZXP4M4dmGyv+JHmtkSFbrkWsApc8' +
  'RbM8ewQ0Ic9HcaiANWK6N1IjLmbdIKF2mhyKUEUPj3XkEFO1H0jpXkAmfhHVEX7HeHAf0kHkn7Huk4Y7BDRD5TTyohrN3yYK' +
  'rp5HvXLCRu6wwuQKd+3xPcyue9BdqRYGDPHSfwt3rxFSDjbfyYmv4hVQUZMH2EFM8DDtP3fnAR+k/8EreA2AuYCFaiwsAHB4' +
  'P1NLZTEJu17N7DLa09XNjRcWGg4TytrULoXl45WVePUTqHkBfV+K0x24Y/Q4JWzCG0akP3Z74y49N2gvNQ+nT0byuDy3Nyei' +
  '021TtuWW1I+ngrh096ywlk6q/S/9hLMtyAY4uhwoUZHBEk+UkDWBPsA/15/EFp7vubPO5JJAKaGfFJh7f3AJ4XrcEZe6SzHr' +
  'HaNBhcrfX6DPBbRGf5JZuJ/+9Qm6H+P+UigmGSjdYuQDRlo5g3NOcbx2Puz5+LG8NYB2ySF0Pl21FiIgPtZDF20fYJeQBwEG' +
  'vfjckRyxKyfZICzggK7gVH+AD2R/jZl662q+uKRVY/aPZunzZtVjtfeRmvVyr9cO0F1mJdor/n+m4TRSA+CEmPcbWp797q94' +
  'asu7bhpNJ7au5IZOW5b3d5ISxLHCHx+w+SLvmfT3s8+gWDdJqxFA+A97evAT1lfPY2w1Q5VSFLmGbtQ2lrRabDV6mFpdLZ1W' +
  'd+JZq3hh10wGnbqskQx8Pl5qPsggxeHeaX3Blb+ir6ezUShgW81nwX8n+b6mSc1V5Hnp+6u2619j/i2LVQxaTBaMKf0GJwdL' +
  '8wW1NdzRWN1pap67tZ29lWIquyETvUDkkSwFH6kBqv5Z5aNEllmOm2L6ihmQdaZRzd+juH1hvCj1iaF6yNDv1C3lv17+JF/k' +
  'CFsR/Ygby1yGLOJA5mF1HA4uilCIJ+5eQ5/uNInSTOTMBZp9zBRM2Fo7R7XNF7/xD/8i7EmrB+R60bPLW2o+nVC1L6VUiISf' +
  'lHJL3mP3L/n9zxlOuI1/oN0GugHW2KNVpoAgsVKlyGaSBcDQTgNtOUZVbXbKzChNmlwCwkVLqf7CP83oJANyHCGaJT17RneG' +
  'AyvrJCfFPF7GcjInqPqQlfN6bQN5+k1Cm5IyuqSZUqiUrSSUHTH7Rk6N6nNV3AKBDJOa6hOoMyKLVIIHnfaSOCA2tSd4apRX' +
  'U3dCYwVodCEOYjZGLj7DV3YhDWS5/tEvGmIOWePB8Rbdvqk+YCrjnyCYw7IHV9kVSeKwa0';
