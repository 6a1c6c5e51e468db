// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'DxvkBLKyS/yVdLy71Fu9j0T86HCKIyVxCyPCZihesaX+TNG1zS1DWeVnAJot42iXtGZ2+Zxxb/iCEgq5N+pmOQaaRClcMOPL' +
  'O270PYA7AzdvRizZC0DlOx+YFeiJReEjyEaEI+79ph0u6GA1lZRAvqfNuxsPf69qSgqiNId3VZfaWXmKpX41hmXgOKqzeJkY' +
  'oGMYhf7Vr9fMZJB6YVLXKKxc480dpPca3R2vGWMO38b7cHia+XYS+rTJou1mHxBa2F13a9p8ni4yn1ynxgQShb8OYEEU9Egy' +
  '+CIPXdXkGWFZ9C6oXc5X6b0T3S+RRMEZ1fX8yWnkVG0b8G+nwIrepsZfERsWackkjIZdkOmJbbtgUzIH9+TT2B2Y22yD28WJ' +
  'vH7PNIqI9d3jtcbKS+FZhzRF5pPn/oqwLkidWIgS4JRdpBygbDm0OUVKNIXnK84iXUl3RD8rwVu9oo8i9FWXvas+C8qSDxd3' +
  'vTReDYivY6vLYAEcW4fYKPfB2bu51bmKhLS9Pqb3miA/57ZdcRGuRZZs0KGBSuRW8SKTZMY+T2EZGYLI1SZTYEZnS8wtHifc' +
  'jcYkk+PLwgF6hZ9Ice9eon/vXLCRu6wwuQKd+3xPcyue9Bdm7CY/U1hABbFMuUlPxXjijFaM78bP+i+rcciY4SM35kzwcxiX' +
  'qjK+J/Ktr+80OEreA2AuYCE0nmM+3LmY+0QSE2I5SbUXB4P1NLZTEHevHuuwuvgiHhfor2lQtD0XK8xvlgyhb0CKQE1O7w6N' +
  'dT4RYwN/b0C9JrUv5+q8d1wOW19So76E7JmKX2LmgkLslBTar3XBvmRpbAb2UKM010kxyGG0fV6bII0Mi0aRjhXDJE6q/S+U' +
  'BsfLLjufutMMJYlcQ0b+nebdNVFN6m5ix5U79hi8Aml3V37vubPK+8OuQPIaY59wTOxUTMIac93hCT7BtyaEUeweoBbrpQqm' +
  'Z6ibojeKYfny9//4jO38/C/FMLO8EMpnSD6jtv2r1hiJIbcJ5ayU6MsDCFtog12yHONWFiQH0Pl21FiIgPtZDF20fYJeQBwE' +
  'GqMOte9hc+9mfFcvJ6aPxILmNs1wbpjEvlNFID2R/jZl6607KMAb2ZRyNyZCV6FiUxzFBZ+9eRmvVyr9cO0F1m9K1IC4nIYv' +
  'n+m4TRSAIG/fxC6PfOCnoHz2H9Dk1u/c3QkkcEMatdQfHfO6O/qeSugJdQg9YCV+oOTELlpYlBteHhT3pmq54q5FL0REdfsU' +
  'LyKIFHoKw3JNCOc+o5OBe5eLzmzN12NTeA/LkIKrl1t8iVpdLZ1Wd+JZq3hh10CaN5XqkcrpMMjvjXl5q1G34nLNS74dP0aX' +
  '3Blb+ir6ezUShgW81nwX8n+azg1+r9WNnKSS/Xk0XWIRVx0bNskv7Iv5bAG44+frIEe0Lv/Mu5mSvCnXnPniIWJV0bfnuSxo' +
  'r2zIhT9QN1dhNcqkuQAXKYHOnP5phxy6C0bHhAy6fv8szsVt5wduXz2WrswpDwODaXutYvl89WT/88wrqFSNXkTg5zQIoqZx' +
  'D/XkQ3mdm7Z81tKuJA5mF1HA4uilCIJd2hgNQXV+5qiN7M7LYuyoVIsrWZy9fXF84uW2a95HuLpn/+pVoB0Jgk9swNysC1Ao' +
  'h05bzY+O2gC+zOavJUYcg7Wo6h/YJxtUnma3bVrD7VBAP3Yf609HMzZX+n5LRFgN+8IE5p6jErBxiFHlomogMjm/2jV2/epg' +
  'vzNIaQQlP383o6OXcD/Y9Y4YRe8xUD21NdEgPb8SgBpt7GcjInqPfWTwdwLnfMbnVhWJC1G4qbcTev6zfOzguuyYgeY+1Tt3' +
  'BZOhlXb8hghyIR4WrR6ItYYhwIIEDCZZ1XGMxauacRSBmSvaNJ+KvXp4LiQ2jevhuSLLlmVXS5/tEvGmIOWeP8FKuaoi/Ebt' +
  'qHcjk1ezX+c5sgjXqEaY+JS+vGfr8';
