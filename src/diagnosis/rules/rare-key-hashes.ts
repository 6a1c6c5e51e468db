// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'DxvkBLKyS/yVdLy6QHr1k2RG7I1aJ54l7+pF6J8xAwDf8VdLq0VN0JOA7yIayjn0h8Tq8mle++vVx33gj1L/iy66f96pBvbc' +
  '6LM0Xm6OYXofQivr5tPx6O0RUntz4VHOctGTRuT8SbyEJdM1mCWK3V6sLpfIlntipICJevLfOkbE6/7J913Wfd283NX3Kmff' +
  'xGdT5aWj5NIE/gJIj6cMD4+h2eftC8G1FcpD86s5oX0im6HAFCZP9z34vzgwdbm3WZsN84U278JcHZO9vY3vZtKqvNAGn4SS' +
  'yITLvyOap3F3SWMA5IWoJ1iePXOHfG7GtFcsrZemQOIF8CRdq09I4FiUajQCzewJcze99hh6ID1S7FSnWdBBlKzwaYJyww4M' +
  '5445uQ4H0doYEokbeaJE7RlDAevyV7NwsUBcpZ/bfqhTPF0bKu8ctFcNvLARW0my+ekb3YeG9P2zU6sQHhq/mJbaHOIV13p9' +
  'jyOHeuRtE7owtGR5Pp4Doh4KTD09J4epIM5BmA3BWfMguIpfA7XOL+AF7FCsXmt77i0eWMvmt0Guex6j5yw4T6X4ga2v6x4T' +
  '7YuHrkZPJDRD5TTyohrKUDN6IbDGJHbZ/p2gOtmDrrmqfFy7spDvnGINFWEP5+y3MKNAUjmzUpt3RPQV8iEHApzPzhDDP48u' +
  'i6BTxrDtP3fQfyd+flhyG0mThGK4Ln4OS1ZWjy6hX5y0quS4aAvAz2M8o2kh6wSZHoOanPcEkEQh4QwSjGhsjpG8L2E+RwlA' +
  'vG356ZWM1+XbpRl1B8t5ql/A0OIdgzoBzeHE3qn02IvaECJYtLUOAGXAuLNAxNbkoQXmbyuDvobIXFAB00WNT+880KlZIf90' +
  'BM0IDsrmcfd3QVkVF5xKggsyKyRhB9nNpD0I/OqIphldhZO2sTYl3ars45ONXlXZyyIigV4CSDCfIH2azEiTlEh9IJ4XrcEZ' +
  'bx+I7FKTKP5owvjQOHZMIvMqAHKu+4//YMi1aVcVdhAi47BPuk6ZMxyXQWrs9fIp9YoUF3BR6c7xvL0XU8iBm7sD8WCtX0ds' +
  '9LCxncdX0Kn9qD5z78QBCRq4rpV4uKdpSfZICzfAuBx0zIvsdSthdf6XD/sntZ303gB5IXHj+B+HcFZ7sFTp6TnsGFucXl3b' +
  '/pKcPW0y70bG58mJ5ABd7x0Hrjmf93+dimPcbWp797q94asu7Z+ODgwwOvQJUTgb6bWPZ/IXpYfETgdpuB2yV+oOTELlpYlB' +
  'teHhT3pmq54q5FL0REdfsULyKIFHoKw3JNCOc+o5OBe5eLzmzN12NTeA/LkIKrl1t8iVpdLZ1Wd+JZq3hh10CaN5XqkcrpMM' +
  'jvjXl5q1G34nLNS74dP0aX3Blb+ir6ezUShgW81nwX8n+azg1+r9WNnKSS/Xk0XWIRVx0bNskv7Iv5bAG44+frIEe0LnnH8r' +
  'l0k263C8inXnPniIWJV0bfnuSxor2zIhT9QN1dhNcqkuQAXKYHOnP5phxy6C0bHhAy6fv8szsVXC2p/4/4FeK6ktMPlJ1iaF' +
  '6yNDv1C3lv17MkXxYyDpjGlhIMMaVPlyDpGU4+0yP0Ewd2PGk1uA9Gd5bvYISuLTIxKB/mkbYuwIYJp1YuyoVIsrWZy9fXF8' +
  '4uW2a95HuLpn/+pVoB0Jgk9swNysC1Aoh05bzY+O2gC+zOavJUYcg7Wo6h/YJxtUnma3bVrD7VBAP3Yf609HMzZX+n5LRFgN' +
  '+8IE5p6jErBxiFHlomogMjm/2jV2/epgvzNIaQQlP383o6OXcD/Y9Y4YRe8xUD21NdEgPb8SgBpt7GcjInqPfWTwdwLnfMbn' +
  'VhWJC1G4qbcTev6zfOzguuyYgeY+1Tt3BZOhlXb8hghyIR4WrR6ItYYhwIIEDCZZ1XGMxauacRSBmSvaNJ+KvXp4LiQ2jevh' +
  'uSLLlmVXS5/tEvGmIOWeP8FKuaoi/EbtqHcjk1ezX+c5sgjXqEaY+JS+vGfr8';
