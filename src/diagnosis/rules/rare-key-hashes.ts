// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWw0CNZ/PdZ9aTbT6q/v3ZvcL7T2CBwFlkN+mmwhGLVxF1XgIHio+PPXbLW8S1c8eShsVbkpsCm0szZlwV8Tq' +
  '7M+7I79V3avrvT86+DihdIbVZw7yT7AjB5qfmtuwP88S5CuH0Qy8QcxwHT5aWj5NIE/lNkAVLXKKxc480dpQ1zhxS38b7cHi' +
  'a+XYS+rTJou1mHxBykJeni4yn1ynxgQShbA5BDmyiFk6v20+F+Gp2mZIWEXkVZJ+3J2Hv1ZS+W1AGXzZqbhHdj7+O+Krruf2' +
  'zbYGqITT2B2Y22yD28YSrAwMYHCuTkyqgZdnyTVtkhBJkfUvcSkVClogKt01a2peSL21B8NhmspIFsE5aHOIV13pdvD73Uvm' +
  '+NMw3OhEOXkLOYZfe1AOb6QImfU1GPS5ArN2MT9GyB2lnHuvvcqE6uuzW542tE6uh2cj5yw4T6X4ga2v6x4T7YuI8SiriqLr' +
  'tpAlLSFo9JNCL7c5KnlWRhhXfIVuFjcRpYWakVHk90rb5odhSFNizmssMdoB3aIjzfwDP48ui6BTxrDtP3fnAR+k/8EreA2A' +
  'uYCFaiwsAHB4P1NLZTEJu17N7DLa09XNjRcWGg4TytrULoXl45WVePUTqHkBfV+K0x24Y/Q4JWzCG0akP3Z74y49N2gvNQ+n' +
  'T0byuDy3Nyei021TtuWW1I+DAaa0jO18tdLzmsdxdpnUrAgjluL49nNraz6YMTTyzSR0MpiLuSckmWh2yDyCVdYLbWLDCfIH' +
  '2azEiUaCfCI7MOwEWPpr7L6HSkkRMc4OrakLj2aLEFXF/ubh0P7vdvwoh11osUBXerk/8MeDTYQKioSqQSUY/Ae4Bn5XUE7W' +
  'CtX0ds9LCxncdX0Kn9qD5z78QBCRq4rpVdQdbCQHdj9N1VO7gVH+AD2R/jZl662q+uKRVY/aPZunzZtVfvSVnD3U7B/cfCp0' +
  '1uE1AWAHWcAKNEFs0ZhRXII7zFPWpDB1cEIFeI99jmF7ymRLrqnvE1Kes81PGvnKdErKJ4O/zrzvyuhpXIw7dXeA9eAUg0sT' +
  'FJiyhueaUZafq6ckRnLZ1T0j2lk7gu8Ixj1NwjoIclZO7vpgnWmJ/9nw1rrWW6IBYmwNJQvhiXcyNG50CJ5LTmSITa2I4Ck+' +
  'NwpKQZrvokg0W77g4Z7wKR1oO5yL77FuRW8O4ct+m9LzhkHqkHPIa11FgTKZg05UVrk1S7EJCOVUC8c+1BJZmvtbg5wbM+Sw' +
  'DQysbtYzEHOnP5phxy6C0bHhAy6fv8szsVt5wtX46laoq6oGyRnSta4mE/a4UCL/3S/t67xD/nLI+0+8Ai9b2u7Web2SMNc9' +
  '9/2qD2/yBfOkEiEh5nva+bjh17v3jZmhdZ/zc/aM3dOQb/DZ0Iigm1PVOlc0gZFlM9EKtefgXuCXg/ua+ztiS90vNz+yuY75' +
  'IC0IYx+UHLMpwb/Y4ZXSnhJjI+x3qRyiCgbhSFmhNmlwCwkVLqf6chsGo0yaob/4J494tGHsyQ42lETKpAJsJnq9hKiT6T6h' +
  'wLnfMbnVhWJC1KlED78tjB7jN77aNKHsxXbniLtmob2pKs91gsCbl55NqaaSQP7632Wjt9n9CsuNWvp8kdyfp3c8hOq5RHpN' +
  'mughVW/2uB/kToXWan1GoMGtBFpfTz4PhRZuP5qEaY+JS+vGfr8';
