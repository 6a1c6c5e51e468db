// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWyUMTcUCcHsLqRJ/aEFcPKTq8mle++vVx33gj1L/iy66fAc0imogm4E0p4KELxFotPx6O0RUntzFaEw3hV3f' +
  '3alXoSwyka3V6sLpfIlnz3+EZbMbYwNgj4WXmKpkY8DJTz8ug7AkaT/UlSK+h2eftC8G6qPA+t0o9HvaR9FeOdFjNKyk0S4U' +
  'o/BawCR1FCGVCUwcdAvIXIpSFB3xXkGWFZ/aCmi8qe3eRduq/WqmaUGOtFe0Ia8VOz9b7N+O+Krruf2zbYGqITT2B2Y22yD2' +
  '8Zq8qI9d3jtcbKS+FZh+zrPQTrBtCpbpvb+LIcu0CWMU2o5aBruR/fGlDAeGyv+JHmtkSFbrkWsApc8RbM8ewQ0Ic9HcaiAN' +
  'WK6N1IjLmbdIKF2mhyKUEUPj3XkEFO1H0jpXkAmfhHVEX7HeHAf0kHkn7Huk4Y7BDRD5TTyohrN3yYKrp5HvXLDJNN3Ia/mV' +
  'RCtd519S+ZSI1hABbFMuUlPxXjijFaM78bRxJqQo8Hnwn1fkx8TE9JV+JKuhYqYjR58bYCWhgnkd9y0zIom0c5UrkQ12eHtp' +
  'VLvNA6yGM1+XbvtH6ukb/vG3i8IBzeHE3qn02IvaECSJmGbSAhbThx5q2NpWtmDVoYml4CGG0fVOrQrW4ZUTNt3QVkVarhs5' +
  'eJYlh9wD4lU66m5ix5VWY/d7vZyyIii2ffbAI8KdfrZqXb9YGwp7Hq3EVQkqkkRMc4OrakLj2aLEFXF/ubh0P7vdvwoh11os' +
  'UBXerk/8MeDTYQNi9dZqNvL0XU8iBnmy1cy84+nAfdUCqy82c9EXelev3ccsQvlpjJocD8psgfGUfz7ueq9l+sEyOOBJxXHj' +
  '+B+HcFpVhsxrTi/pKcPW0y71EVBN/7x0Hrjmhumx1cQM3CSaVGaIJRWUMlDTCUJWLADY0MKESL9pjL4n7lxhvnNd2bqFOZwg' +
  '0sTFJiyhueaUZafq6+bc8Be5eLzmzN12NTeA/LkNihVvpgnWnOEuEki43f36NJQvhiXcyNHdQghkX6YI4Ck+NwpKQZrvokg0' +
  'W77g4Z7wKR1oO5yL77FuRW8O4ct+m9LzhkHqkHPIa11FgTKZg05UVrk1S7EJCOVUC8mPSU7Eyl6tNET7eZN5wSYnzHGV1Z09' +
  'KQol1gUIDlsVwtX46laoq6oGyRnSta4mE/a4VvC/+um/Pl+AgNm7n1LXCeN0y54eJYoyn9FuMXeN/XTB5nrXrOkFCdqjjO8/' +
  '8TiU5SyV/ityYmV1mUnW9MLO0iliNp0LHdth4dARqKrGy6GrVyIVUxsE4WVybm4EAaO0b5tyyYgjdrB/4972vZbhdOUZVbXb' +
  'KzChNmlwCwkVLqf7CP83oJANyHCGaJT17RneGAyvrJCfFPF7GcjInqPqQlfN6bQN5+k1Cm5IyuqSZUqiUrSSUHTH7Rk6N6nN' +
  'V3AKBDJOa6hOoMyKLVIIHnfaSOCA2tSd4apRXU3dCYwVodCEOYjZGLlwgmPi7x8CeO9CGKCbaDopywNVH6Qsu/nOaRdtA5Ef' +
  '0';
