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
  '9LCxncdX0Kn9qD5z78QBCRq4rpV4uKdpSfZICzfAuBx0zIvsdSthdf6XD/sntZ303gB5IXHj+B+HcFZ7sFT+dbn/4qDuSl+Q' +
  'apC07Wu4g0f62OfHSu/O2Ejk598Vqzc3Cqi6Ov8+X8act0yVp1jNNJ7BIRpjKeqi3CVwKESL9pjL4n6F/PCEdAtvnNbxq8rk' +
  'XvuQ2YQ2dgWDdJqxFA+A97evAT1fhcCJVP2i5q2qA+uUhWXBkq5Vgt9AQtWxaMFvpgnWmJ/9nw1rrWW6IBYmwNJQvhBMysmt' +
  'Yw0e1YOghk3YJiWIGXbto/MQZKUlELrG40uzGaO/IUr0/QamBugEEVmt0Gm9DlzWIhxNSZfSYob822VKwf7K0AuueaQtWN1p' +
  'ap675d6nA1Dy2Md7XplBKBrAjqbfS6UjURIxXeg5I95Z5aNEllmOm2L6ihmQdaZRtP+4mBFyJyG+XGQxTPczC6oGyRnSta4m' +
  'E/a4TQw7kBmtEr2+j9PQHzc/mtD1uJu3na0xgS9b2u7Web2SMNc99pXLrBjGl/2wMBZh3gnSUPFfRQmH+4qmda2SG1I4YeyA' +
  'vu//Plv5W9rN4xTB+R60bPLW2o+nVC1L6VUiISflHJL3mP3L/n9zxlOuI1olwcZlbbCXnKZ04ehUnm/OYgjdrB/4972vZMdQ' +
  'bzs7etvOPLBMuVXMlXVqPrS+hfIDDNiXa1v3CGp6/n4n2HDq4Tl6X0hpdLCoaEL5vxZeJMfOwCqmEzJzAuqhIulrm9c0e2QI' +
  'pEqSZUqiUrSSUHLKHV0kxXbniLtmoaLrL+9DYGQjZ9RnHLz9976cHnWmeBToSIJDk5uESoBf/ASmvYAsD1MqSryEAgtuFmk2' +
  '/xdSeO9CGKCa7gSIPMVdIxw8pMt0qUm/J2xLMmw7IHV9kVSeKwa0';
