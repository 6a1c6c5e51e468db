// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWw0CNZ/PdZ9aTbT6q/v3ZvRY1MGxeHXVHzzo/s67LQ2h/PuCDIIDcNpBCCgi13WCn53bUpyjsUnc06tiT/Jv' +
  '3kWwtmwGvBuSdElBf0tnjbSwKhyVG/ZevLfOkbE6/7J913Wfd283NX3KtVIBeia5egwHtzwznJwiAYdSmX04+RGFjVRWP4ey' +
  'oDadqCJdshgUN0E2FPVboT6DWdc8FcFTJJbSfGfPk7bXzmt8G7n/o6OM4QK1qDpyQVmQOIF8CRdq09I4FiUajQCze/p7ockl' +
  '58JLqxrFXeaww4M5445uQ4H4vgLqj4YPmxTvfL7FZuw/lTMMdTIzogS4JRdpBygbDm0P0iw75GWIo5wyDiqZzZXP4M4dmGyv' +
  '+JHmtkSFbrkWsApc8RbM8ewQ0Ic9HcaiANWK6N1IjLmbdIKF2mhyKUEUPj3XkEFO1H0jpXkAmfhHVEX7HeHAf0kHkn7Huk4Y' +
  '7BDRD5TTyohrN3yYKr1D6MF/CAfZV0tNN3Ia/mVRCtd519S+ZSI1hABbFMuUlPxXjijFaM78bRxJqQo8HnOCMxtgRko7JYKt' +
  'zT+GThGK4Ln4OV9PriKYM8o2kh6wSdm2EkEQh80J2lQtD0XK8xvlgyhb3U8B0/GoyxeZSNI/ye1s495+q8d1wOW19So76E9u' +
  '8Ik5LokrvRiceS9VE3V0r/AB00WNT+880KlZIf90BM0IDvrVSDf+vyyNjIghR+5H2SLzPFHebdNVFN6m5ix5U79hi8Aml3V3' +
  '7vubPO5JJAKaGfFJh7RpgoKan8TPZew1dFKTKP5owvjQOHZMIvMqAHKu+4//YMi1aVcVdhAi47BPuk6ZMxyXQWrs9fIp9pHf' +
  'nwBygWGl4M5uuU0pU42VObKpl6QU41J4dGqNqSXeinlGJND+TgUKnf6UqbS5zWUfz7ueq9l+sEyOOBJxXHj+B+HcFZ7sFT+d' +
  'bn/4qDuSl+QapC07Wu4g0f62OfHSu/O2Ejk598Vqzc3Cqi6Ov8+X8act0yVp1jNNJ7au5IZOW5b3d5ISxLHCHZ/tNtdpYlE5' +
  'BeUU6WecWfwe3PqzEpolYYHwEIdGQQvl5MC5q2qA+uUhWXBkq5Vgt9AQtWxaMFvpgnWmJ/9nw1rrWW6IBYmwNJQvhiXcyNG5' +
  '0CJ5LTmSITa2I4Ck+NwpKQZrvokg0W77g4Z7wKR1oO5yL77FuRW8O4ct+m9LzhkHqkHPIa11FgTKZg05UVrk1S7EJCOVUC8c' +
  '+1BJZmvtbg5wbM+SwDQysbtYzEHOnP5phxy6C0bHhAy6fv8szsVt5wtX46laoq6oGyRnSta4mE/a4UCL/3S/t67xD/nLI+0+' +
  '8Ai9b2u7Web2SMNc99/2qD2/yBfOkEiEh5nva+bjh17v3jZmhdZ/zc/aM3dOQb/DZ0Iigm1PVOlc0gZFlM9EKtefgXuCXg/u' +
  'a+ztiS90vNz+yuY75IC0IYx+UHLMpwb/Y4ZXSnhJjI+x3qRyiCgbhSFmhNmlwCwkVLqf6chsGo0yaob/4J494tGHsyQ42lET' +
  'KpAJsJnq9hKiT6T6hwLnfMbnVhWJC1KlED78tjB7jN77aLL4NmBkuPSR5TyCfGirDYGQjZ9RnHLz9976cHnWmeBToSIJDk5u' +
  'ESoBf/ASmvYAsD1MqSryEAgtuFmk2/xdSeO9CGKCbaDopywNVH6Qsu+6HT3f8latFkKATI0';
