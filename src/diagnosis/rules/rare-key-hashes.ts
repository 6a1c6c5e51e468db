// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'DxvkBLKyS/yVdLy7G1YyVxCyPCZihesd/8SVBSGAo7T2CBwFlkN+mmwhGLVxF1XgIHio+PPXbLW8S1c8eShsVbkpsCm0szZl' +
  'wV8Tq7M+7I79V3avrvT86+DihdIbVZw7yT7AjB5qfmtuwP88S5CuH0Qy8QcxwHT5aWj5NIE/lNkAVLXKKxc480dpQ1zhxS38' +
  'b7cHia+XYS+rTJou1mHxBykJeni4yn1ynxgQShbA5BDmyiFk6v20+F+Gp2mZIWEXkVZJ+3J2Hv1ZS+W1AGXzZqbhHdj7+O+K' +
  'rruf2CO9ooxrFXeaww4M5445uQ4H4vgLqj4YPmxTvfL7FZuw/XDLn/oqxgNkLJWYRS+PVbKfk0385dGug42MGlNXjcaViSB8' +
  'Yma+27dFoQE6zpXykjq6nMSn3Sgn57JG2KnACqbXIy2WouALgk4iwIXuM5VYZnppDeSDnnx0A85kSDnM5DQBvq8wD29L85oD' +
  's8wF5maGvPhPehhlcLUguVaIce9eon/vXLCRu6wwuQKd+3xPcyue9BdqRYGDPHSfwt3rxFSDjbfyYmv4hVQUZMH2EB1YtUzJ' +
  'TsGwSIc/hlo3jQ2WYk8Z3vBEjYaIn6GLrOtJaQEKUEEkEQh80J2lQtD0XK8xvlgyhb3U8B0/GoyxeZSNI/ye1s495+q8d1wO' +
  'W19So76E9u8Ik5LokrvRiceS9VE3V0r/AB00WNT+880KlZIf90BM0IDvrVSDf+vyyNjIghR+5H2SLzPFHebdNVFN6m5ix5U7' +
  '9hi8Aml3V37vubPK+8OuQPIaY59wTOxUTMIac93hCT7GCvwZgZ8kNNDhJ2CQoNAsXIAd7md/yIrWCZypyzPLWWvRF5mqQtVa' +
  'BK6knDAMPEQDEFHVbK25uYml73m6RmWJx4gcTupJmWAOaw6Y+ZaD5cDw2QvlpjJocD8psahWli3rBdQweMHeJVziTummMdt2' +
  'ZRyNyZCV6FiUxzFBZ+9eRmvVyr9cO0F1m9K1IC4nIYvn+m4TRSAIG/fxC6PfOCnoHz2H9Dk1u/c3QkkcF9mAb6n0BA7EAavs' +
  'gYOZ7/kllFd5USANGyyD1HD1JrG6pfwTdbV54ZqSbEWqrpUAiOBe5eLzmzN12NTeA/LkIKrl1t8iVpdLZ1Wd+JZq3hh10CaN' +
  '5XqkcrpMMjvjXl5q1G34nLNS74dP0aX3Blb+ir6ezUShgW81nwX8n+b6mSc1V5Hnp+6u2619j/i2LVQxaTBaMKf0GJwdL8wW' +
  '1NdzRWN1pap67tZ29lWIquyETvQXUfLldEZMlDfTulJaMCMHSw+/1Z09KQol1gUIDlTdznUf+8VGeDV9beDaXutYvl89WT/8' +
  '8yOh+6vseNy7R+pVyLKlWFY2h2PGk1uA9Gd5bvYIVmj3Gl/2wMBZh3gnSUPFfRQmH+GxOyAvu//Plv5Wvs6fVpOm4hAi0MNs' +
  'BvWAepxrYJbDwAQeU38Ql+9FlTx72GEL/VlE8XnKZ04ek/daLLi+fVuX8uNCQqxKlkmz6/B3AfQt3yAryB+ZEhdrTAHfgzaC' +
  'WF9CfVn4n2HDq4Tl6X0hpdLCoazayT2QrB7HdHg+bSQLfSNwu4p0LBpZHoDxInxLnnv5LH5y2xk6N6nNV3AKBDJOa6hOoMyK' +
  'LVIIHnfaSOCA2tSd4apRXU3dCYwVodCEOYjZGLj7DV3Ygj+3yBWl+vtA62J4539P3Si/EbtqHcjk1eznk9LiEXqaNoRdtA5E' +
  'f0';
