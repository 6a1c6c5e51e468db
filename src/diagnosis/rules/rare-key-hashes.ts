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
  'T0byuDy3Nyei021TtuWW1I+DAaa0jO18tdLzmsdxdpnUrAgjluL49nNraz6YMTTyzSR0MpiL+2BoiBmtmn+U9MM1Kqob94AJ' +
  'qwnwGoan8TPZew1dFKTKP5owvjQOHZMIvMqAHKu+4//YMi1aVcVdhAi47BPuk6ZMxyXQWrs9fIp9pHfnwBygWGl4M5uuU0pU' +
  '42VObKpl6QU41J4dGqNqSXpJRDStvsfvJ6aPxILmNs1wdqVYZGc/xOxnXWjFk56tulv6O+CVOztwUN7yJGtXo/vgJCm0U3WI' +
  'e2aSjVyVi17Mt2aaFwUp1cQM3CSaVGaIJRWUFvWshhfZoS2fHiG2oXpYfETgec8n/xhxpvnNd2bqFF3ICnQWDdJqxFA+A97e' +
  'vAT1fhcyLOmNGBGhxXwk24kxGL+hSafhus1+SwiOC4/oSUWTTO87I6CkcrpNP3DukZErLNS74dP0aX3Blb+ir6ezUShgW81n' +
  'wX8n+b6mSc1V5Hnp+6u2619j/i2LVQxaTBaMKf0GJwdL8wW1NdzRWN1pap67tZ29lWIquyETvQXUfLldEZMlDfTulJaMCMHS' +
  'w+/1Z09KQol1gUIDlTdznUjuH1hvCj1iaF6yNDv1C3lv17Z5VmtFznX+pVyLKlWFY2h2PGk1uA9Gd5bvYIVmj3Gl/2wMBZh3' +
  'gnSUPFfRQmH+GxOyAvu//Plv5Wvs6fVpOm4hAi0MNsBvWAepxrYJbDwAQeU38Ql+9FlTx72GEL/VlE8XnKZ04ek/daLLi+fV' +
  'uX8uNCQqxKlkmz6/B3AfQt3yAryB+ZEhdrTAHfgzaCWF9CfVn4n2HDq4Tl6X0hpdLCoazayT2QrB7HdHg+bSQLfSNwu4p0LB' +
  'pZHoDxInxLnnv5r4TkuPSR5TyCfGirDYGQjZ9RnHLz9976cHnWmeBToSIJDk5uESoBf/ASmvYAsD1MqSryEAgtuFmk2/xdSe' +
  'O9CGKCbaDopywNVH6Qsu+6HT3f8latFkKATI0';
