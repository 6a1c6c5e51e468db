// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWw0CNZ/PdZ9aTbT6q/v3ZvcL7T2CBwFlkN+mmwhGLVxF1XgIHio+PPXbLW8S1c8eShsVbkpsCm0szZlwV8Tq' +
  '7M+7I79V3avrvT86+DihdIbVZw7yT7AjB5qfmtuwP88S5CuH0Qy8QcxwHT5aWj5NIE/lNkAVLXKKxc480dpQ1zhxS38b7cHi' +
  'a+XYS+rTJou1mHxBykJeni4yn1ynxgQShbA5BDmyiFk6v20+F+Gp2mZIWEXkVZJ+3J2Hv1ZS+W1AGXzZqbhHdj7+O+Krruf2' +
  'zbYGqITT2B2Y22yD28YSrAwMYHCuTkyqgZdnyTVtkhBJkfUvcSkVClogKt01a2peSL21B8NhmspIElyU1qCYB2Ju8US/9euR' +
  'tE7owtGR5Pp4Doh4KTD09J4epIM5BmA3BWfMguIpfA7XOL+AF7FCsXmt77i0eWMvmt5OKreldGZeq8bKWN8tOZeyN2H3bcjc' +
  'Ykk+PLwhX+HAQvYeymgcDy3TTSDAJ/1zipUSK4bpwDn86iekKzRXwzdk6soq+HOSYLljFHh8X77h46cxiXqubD/NVa7Qq515' +
  'SH67oMTR58bYCWhgnkd9y0ZhZcgo04mhsjpG8L2E+RwlAvGtY2mFqClEw8t5ql/A0TX2HVj29mUc80INCXnZYU24hXLShjVO' +
  'kWI+S6+1h+KM010kxyGG0fV6bII0Mi0aRpg+uRJzpvulQbLMtyAY4ueu3/8IqQ9Prtprni1REnNu8lAml3V37vubPO5JJAKa' +
  'GfFJh7f3AJ4XrcEZe6SzHrHaNBhcrfX6DPBbRGf5JZuJ/+9Qm6H+P+UigmGSjdYuQDRlo5g3NOcbBCdD6d7elog12yHONZXu' +
  '3DuG9zYLJEyPfuG5CIT3HVHo7DDirpVdQdbCQHdj9N1VO7gVH+AD2R/jZl662q+uKRVY/aPZunzZtVjtfeRmvVyr9cO0F1mJ' +
  'dor/n+m4TRSA+CEmPcbWp797q94asu7bhpNJ7au5IZOW5b3d5ISxLHCHx+w+SLvmfT3s8+gWDdJqxFA+A97evAT1lfPY2w1Q' +
  '5VSFLmGbtQ2lrRabDV6mFpdLZ1Wd+JZq3hh10wGnbqskQx8Pl5qPsggxeHeaX3Blb+ir6ezUShgW81nwX8n+b6mSc1V5Hnp+' +
  '6u2619j/i2LVQxaTBaMKf0GJwdL8wW1NdzRWN1pap67tZ29lWIquyETvQXUfLldEZMlDfTulJaMCMHSw+/1Z09KQol1gUIDl' +
  'TdznUjuH1hvCj1iaF6yNDv1C3lv17Z5VmtFznX+pVyLKlWFY2h2PGk1uA9Gd5bvYIVmj3Gl/2wMBZh3gnSUPFfRQmH+GxOyA' +
  'vu//Plv5Wvs6fVpOm4hAi0MNsBvWAepxrYJbDwAQeU38Ql+9FlTx72GEL/VlE8XnKZ04ek/daLLi+fVuX8uNCQqxKlkmz6/B' +
  '3AfQt3yAryB+ZEhdrTAHfgzaCWF9CfVn4n2HDq4Tl6X0hpdLCoazayT2QrB7HdHg+bSQLfSNwu4p0LBpZHoDxInxLnnv5r4T' +
  'kuPSR5TyCfGirDYGQjZ9RnHLz9976cHnWmeBToSIJDk5uESoBf/ASmvYAsD1MqSryEAgtuFmk2/xdSeO9CGKCbaDopywNVH6' +
  'Qsu+6HT3f8latFkKATI0';
