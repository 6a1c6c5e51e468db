// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWyUMTcUCcHsLqRJ/aEFcPKTq8mle++vVx33gj1L/iy66f96pBvbc6LM0Xm6OYXolP+MxFOp03RsE/fyXtGTR' +
  'uT8SbyEJdNbqWRusokTAL+FeVnqSgqiNIzLea4E2cTqH1gRlf5qMI2qLT8x+zUufzM5HJkOGW2VDe7sljmCYKUP6oJw69pxL' +
  'rFBW717ilovEZ6mJp47p7kffokKeKit3om+uRa83u/v3CB2DA0w6v+DFuDC97a6Dpw04f27sFIPHr/cFbDTUAGlPOaD4dNGY' +
  'meWWl3GY8z2D4YPmxTvfL7FZuw/lTMMdTIzpCvS+PVbKfk0385dGug42MGlNXjcaViSB8Yma+27dFoQE6zpXykjq6nMSn3Sg' +
  'n57JG2KnACqbXIy2WouALgk4iwIXuM5VYZnppDeSDnnx0A85kSDnM5DQBvq8wD29L85oDs8wF5maGvPhPehhlcLUguVaIckO' +
  'gFCAfZV0tNN3Ia/mVRCtd519S+ZSI1hABbFMuUlPxXjijFaM78bRxJqQo8Hnwn1fkx8TE9JVrtvf5QAuYCFaiwsAHB4P1NLZ' +
  'TEJu17N7DLa09XNjRcWGg4TytrULoXl45WVePUTqHkBfV+K0x24Y/Q4JWzCG0akP3Z74y49N2gvNQ+nT0byuDy3Nyei021Tt' +
  'uWW1I+ngrh096ywlk6q/S/9hNiBGd5VMJqQ9Prtprni1REnNu8lvn+O/F4hB0gQPIaY59wTOz8PIOaEinqT0pdgEgCYvTSsj' +
  'C8nh9ShQ58gSV2V/nBM0oFpFprbM23biyN3HhT+GjGQx4qlOJF7elog12yHONZXu3DuG9zYLJEyPfuG5CIT3HVHo7DDirpVd' +
  'QdbCQHdjLIWzJwFnHeJVziTummMdt2ZRyNyZCVc/NjtfeRmvVyr9cO0F1mJdor/n+m4TRSA+CEmPcbWp797q94asu7bhpNJ7' +
  'au5IZOW5b3d5ISxLHCHx+w+SLvmfT3s8+gWDdJqxFA+A97evAT1lfPY2w1Q5VSFLmGbtQ2lrRabDV6mFpdLZ1Wd+JZq3hh10' +
  'wGnbqskQx8Pl5qPsggxeHeaX3Blb+ir6ezUShgW81nwX8n+b6mSc1V5Hnp+6u2619j/i2LVQxaTBaMKf0GJwdL8wW1NdzRWN' +
  '1pap67tZ29lWIquyETvUDkkSwFH6kBqv5Z5aNEllmOm2L6ihmQdaZRzd+juH1hvCj1iaF6yNDv1C3lv17+JF/kCFsR/Ygby1' +
  'yGLOJA5mF1HA4uilCIJ+5eQ5/uNInSTOTMBZp9zBRM2Fo7R7XNF7/xD/8i7EmrB+R60bPLW2o+nVC1L6VUiISflHJL3mP3L/' +
  'n9zxlOuI1/oN0GugHW2KNVpoAgsVKlyGaSBcDQTgNtOUZVbXbKzChNmlwCwkVLqf7CP83oJANyHCGaJT17RneGAyvrJCfFPF' +
  '7GcjInqPqQlfN6bQN5+k1Cm5IyuqSZUqiUrSSUHTH7Rk6N6nNV3AKBDJOa6hOoMyKLVIIHnfaSOCA2tSd4apRXU3dCYwVodC' +
  'EOYjZGLlwgmPi3Wl+vtA62J4539P3Si/EbtqHcjkFXaNGwIBvDpxb2dKW';
