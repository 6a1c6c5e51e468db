// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWw0CNZ/PdZ9aTbT6q/v3ZvcL7T2CBwFlkN+mmwhGLVxF1XgIHio+PPXbLW8S1c8eShsVbkpsCm0szZlwV8Tq' +
  '7M+7I79V3avrvT86+DihdIbVZw7yT7AjB5qfmtuwP88S5CxeY3KtVIBeia5egwHtzwznJwiAYdSmX04+RGFjVRWP4eyoDadq' +
  'CJdshgUN0E2FPVboT6DWdc8FcFTJJbSfGfPk7bXzmt8G7n/o6OM4QK1qDpyQVmQOIF8CRdq09I4FiUajQCze/p7ockl58Nii' +
  'I6YJheHOKGGNXeH4JcfNIqI9d3jtcbKS+FZh+zrPQTrBtCpbpvb+LIcu0CWMT3YeG9P2zU6sQH+nmiYB2Ju8US/9euRtE7ow' +
  'tGR5Pp4Doh4KTD09J4epIM5BmA3BWfMguIpfA7XOL+AF7FCsXmt77i0eWMvmt5OKreldGZeq8bKWN8tOZeyN2H3bcjcYkk+P' +
  'LwhX+HAQvYeymgcDy3TTSDAJ/1zipUSK4bpwDn86iekKzRXwzdk6soq+HOSYLljFHh8X77h46cxiXqubD/NVa7Qq515SH67o' +
  'MTR58bYCWhgnkd9y0ZhZcgo04mhsjpG8L2E+RwlAvGtY2mFqClEw8t5ql/A0TX2HVj29mUc80INCXnZYU24hXLShjVOkWI+S' +
  '6+1h+KM010kxyGG0fV6bII0Mi0aRpg+uRJzpycjLRVmg8JYlh9wD4iwxvwus0jdOhy4NbONXlXZyyIii2ffbAI8KdfrZqXb9' +
  'YGwp7Hq3EUeweoBbrpQqmZ6ibojeKYfny9//4jO38/C/FMLO8EMpnSD6jtv2r1hiJIbcJcZJZqNvL0XU8iBnmy1cy84+nAfd' +
  'UCqy82c9EXelev3ccsQvlpjJocD8psgfGUfz7ueq9l+sEyOOBJxXHj+B+HcFZ7sFT+tUcXl3b/pKcPW0y71EVBN/7x0Hrjmh' +
  'umx1cQM3CSaVGaIJRWUMlDTCUJWLADY0MKESL9pjL4n7lxhvnNd2bqFOZwg0sTFJiyhueaUZafq6+bc8Be5eLzmzN12NTeA/' +
  'LkIKryR0/ETMC62VvEFGEki43f36NJQvhiXcyNHdQghkX6YI4Ck+NwpKQZrvokg0W77g4Z7wKR1oO5yL77FuRW8O4ct+m9Lz' +
  'hkHqkHPIa11FgTKZg05UVrk1S7EJCOVUC8c+1BJZmvtbg5wbM+SwFH6kBqv5Z5aNEllmOm2L6ihmQdaZRtP/SNhU4GQ+JBGR' +
  '93nl5pUGJ0x+GHunNyDp/SOVit/5LBu3uWgmcKBWU2YK9nPUOadyBGqB/mkbYuwmwiN7cJwMsi4VaEsF2kUF/sR+HOETXgNy' +
  'sC1Aoh05bzY+O2gC+zOavJUYcg7Wo6h/YJxtUnma3bVtxpY8SL8m1ABlvv5LRFgN+8IE5p6jErBxiFHlomogMjm/2jV2/epg' +
  'vzNIaQQlP383oJANyHCGaJT17RneGAyvrJCfFPF7GcjInqPqQlfN6bQN5+k1Cm5IyuqSZUqiUrSSUHTH7Rk6N6nNV3AKBDJO' +
  'a6hOoMyKLVIIHnfaSOCA2tSd4apRXU3dCYwVodCEOYjZGLj7DV3Ygj+3yBWl+vtA62J4539P3Si/EbtqHcjkFXaNGwIBvDpx' +
  'b2dKW';
