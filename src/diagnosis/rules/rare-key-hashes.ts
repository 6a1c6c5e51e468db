// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'DxvkBLKyS/yVdLy6QHr1k2RG7I1aJ54l7+pF6J8xAwDf8VdLq0VN0JOA7yIayjn0h8Tq8mle++vVx33gj1L/iy66f96pBvbc' +
  '6LM0Xm6OYXofQivr5tPx6O0RUntz4VHOctGTRuT8SbyEJdM1mCWK3V6sLpfIlntipICJevLfOkbE6/7J913Wfd283NX3Kmff' +
  'xGdT5aWj5NIE/gJIj6cMD4+h2eftC8G1FcpD86s5oX0im6HAFCZP9z34vzgwdbm3WZsN84U278JcHZO9vY3vZtKqvNAGn4SS' +
  'yITLvyOap3F3SWMA5IWoJ1iePXOHfG7GtFcsrZemQOIF8CRdq09I4FiUajQCzewJcze99hhhKevxcC4vPTwdlKaIVdNGYmeW' +
  'Wl3GY84+KHsLqj4YPmxTvfL7FZuw/MpnSsSVyjEbRh9u4gd14svyo/AfJS067dr5qeSL21B8NhmspIDUd+2SiYB2Ju8UPDlZ' +
  '2D73Uvm+NMw3OhEOXkLOYZfe1AOb6QImfU1GPS5ArN2MT9GyB2lnHuvvcqE6uuzW542tE6u2757OreldGZeq8bKWN8tOZeyN' +
  '2EjqRAPhPehhlcLUgZnguoKfg2QCiV+OLJ6+1kkk6b9/W+sPlEA2Ivy1p8ltWQoYvJrk7hsUuRRBJv5Xo9MVhFjPfh8X75Wn' +
  'RlUfkx8TBLFa/rDzVY063jQ2WYk8Z3WCS5lWrS8lW6d3WaXN9NeIn6GLrOtJaQEJ4cBCnrnpLOZNJbg5UrkQ12eHtpVLvNA0' +
  'OeqS2mFqCkRTu9P6ukb/vG32KzNkHVj29mUc80INCXnYSMwhp1I49N2gvNQyjsJKE4ld1lEKgK9vHO042xln102byQL981Qm' +
  '2Hksk4rCuRJzpvulQbLMtYdZTPPEA+Pe2Nx6YMTTyzSR0MpiLuSckmWh2yDyCVdYLbJuXZXfbAI8KdfrZjvrPAIOaEinqSlV' +
  'oGvwZgZ8kNNDhJ2CQoNAsXIAd7md/yIrWCZypyzPLWWvRF5mqQtVaBK6knDAMPCMJnuPROqm/VAe4Bn5XU0+nf41cy84+nAf' +
  'dUCqy82c9EXelev3HPZUWckRud2a+RbCQHdj9N1VO7gNEqxczSz8q9l+sEyOO0THOgKADlnVoCnyO+nxkOpkEo1/4qDuSl+Q' +
  'apC07Wu4g0f62OfHSu/O2Ejk598Vqzc3Cqi6Ov8+X8act0yVp1jNNJ7BIRpjKeqi3CVwKESL9pjL4n6F/PCEdAtvnNbxq8rk' +
  'XvuQ2YQ2dgWDdJqxFA+A97evAT1fhcCJVP2i5q2qA+uUhWXBkq5Vgt9AQtWxaMFvpgnWmJ/9nw1rrWW6IBYmwNJQvhBMysmt' +
  'Yw0e1YOghk3YJiWIGXbto/MQZKUlELrG40uzGaO/IUr0/QamBugEEVmt0Gm9DlzWIhxNSZfSYob822VKwf7K0AuueaQtWN1p' +
  'ap675d6nA1Dy2Md7XplBKBrAjqbfS6UjURIxXeg5I95Z5aNEllmOm2L6ihmQdaZRtP+4mBFyJyG+XGQxTPczC6oGyRnSta4m' +
  'E/a4TQw7kBmtEr2+j9PQHzc/mtD1uJu3na0xgS9b2u7Web2SMNc99pXLrBjGl/2wMBZh3gnSUPFfRQmH+4qmda2SG1I4YeyA' +
  'vu//Plv5W9rN4xTB+R60bPLW2o+nVC1L6VUiISflHJL3mP3L/n9zxlOuI1olwcZlbbCXnKZ04ehUnm/OYgjdrB/4972vZMdQ' +
  'bzs7etvOPLBMuVXMlXVqPrS+hfIDDNiXa1v3CGp6/n4n2HDq4Tl6X0hpdLCoaEL5vxZeJMfOwCqmEzJzAuqhIulrm9c0e2QI' +
  'pEqSZUqiUrSSUHLKHV0kxXbniLtmoaLrL+9DYGQjZ9RnHLz9976cHnWmeBToSIJDk5uESoBf/ASmvYAsD1MqSryEAgtuFmk2' +
  '/xdSeO9CGKCa7gSIPMVdIxw8pMt0qUm/J2xLMmw7IHV9kVSeKwa0';
