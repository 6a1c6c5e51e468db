// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWw0CNZ/PdZ9aTbT6q/v3ZvcL7T2CBwFlkN+mmwhGLVxF1XgIHio+PPXbLW8S1c8eShsVbkpsCm0szZlwV8Tq' +
  '7M+7I79V3avrvT86+DihdIbVZw7yT7AjB5qfmtuwP88S5CuH0Qy8QcxwHT5aWj5NIE/lNkAVLXKKxc480dpQ1zhxS38b7cHi' +
  'a+XYS+rTJou1mHxBykJeni4yn1ynxgQShbA5BDmyiFk6v20+F+Gp2mZIWEXkVZJ+3J2Hv1ZS+W1AGXzZqbhHdj7+O+Krruf2' +
  'zbYGqITT2B2Y22yD28YSrAwMYHCuTkyqgZdnyTVmcgu/vQTrBtCpbpvb+LIcu0CWMT3YeG9P2zU6sQH+nmiYB2Ju8US/9euR' +
  'tE7owtGR5Pp4Doh4KTD09J4epIM5BmA3BWfMguIpfA7XOL+AF7FCsXmt77i0eWMvmt5OKreldGZeq8bKWN8tOZeyN2H3bcjc' +
  'Ykk+PLwhX+HAQvYeymgcDy3TTSDAJ/1zipUSK4bpwDn86iekKzRXwzdk6soq+HOSYLljFHh8X75WnRlUfkx8TE9JVrtv1sj1' +
  'GHN4HXybdMnI9OZ8AwiRfoV08wuvgiW1CAzhSq25GZlc+hokKDuWi3z3BpkYDnTB/oW7OGaNxGYS7fY04bp8SOudWXAuLNAx' +
  'NsBe4ld1lWQ/b5W0GBk/440ANnfKaW5h096ywlk6q/S+UBsfLLj/2eXEA+ideqIphldhZO2sTYl3ars45ONXlXZyyIii2ffb' +
  'AI8KdfrZqXb9YGwp7Hq3EUeweoBbrpQqmZ6ibojeKYfny9//4jO38/C/FMLO8EMpnSD6jtv2r1hiJIbcJcZJZqNvL0XU8iBn' +
  'my1cy84+nAfdUCqy82c9EXelev3HPZUWckRyxKyfZICzfAuBx0zJwFnHeJVziTummMdt2ZRyNyZCV6FiUxzFBZ+9eRmvVyr9' +
  'cO0F1m9K1IC4nIYvn+m4TRSAIG/fxC6PfOCnoHz2H9Dk1u/c3QkkcF9mAb6n0BA7EAavsgYOZ7/kllFd5USANGyyD1HD1JrG' +
  '6pfwTdbV54ZqSbEWqrpUAiOBe5eLzmzN12NTeA/LkIKryR0/ETMC62VvEFGEki40oHSM7IwRNDTaCtYw0e1YOghk3YJiWIGX' +
  'bto/MQZKUlELrG40uzGaO/IZOEJ0lYeuv/3S130as/s1AljToEboBAKW89zJgaTG0hp+jmBWvoPZ3xnX4tm9QSU7EyjGlKgt' +
  'pdHhNcqkyNfoB6B8kTVVWnW4gDPNWrF96tkp+ulMy8WrycMWsI7ZUBcyWc1tyWZnYluRd+um/Pl+AgNm7n1LXCeN0y54eJYo' +
  'yn9FuMXeN/XTB5nrXrOkFCdqjjO8/8TiU5SyV/ityYmSx3KlviO2LbM0BBx5ym5KPzwn9ocz5DKF1aDN/4dtkzZX87A/ltd4' +
  'GugHW2KNVpoAgsVKlyGaSBcDQTgNtOUZVbXbKjRX+5Q+5/HdLpwkb8qrUo6G7acKluYOX8cw2EtZGWLvpgcPIUoUEXDQbZep' +
  'erVIkDAqkBzS2PWAbvnev6zfOzguuyYwYEtSCkDYk+6KeMQcn8DMnajueg+aaZZJ8umOK5kvE99ct2y7EP5q/bEOSn5R6WhQ' +
  'EQ+75LRy7uN1VzpkKC4c8A6Io6vP+TBleZDRSV38kXqaNoRdtA5Ef0';
