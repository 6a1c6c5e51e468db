// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWyUMTcUCcHsLqRJ/aEFcPKTq8mle++vVx33gj1L/iy66fAc0imogm4E1ARdi/BTdiPW1jx7Vq+GxeEjyEaEI' +
  '+79phowGDyRPNEbA/7qFuwELQMBfUgqI271JEw8WrDtqZYeSgwHtzykZmgATp241j6IljmCYKUP6oJw7VefvS0u8zb+N9qOs' +
  '2UOW+OzrDELob2bcuUM7t3SX0V7/8PXOHfG7GtFnf/1fX8yWnkVG0b8G+nwJAElynyfhhnI5xB4Xeaww4M5445uQ4H7eHeaJ' +
  'E7RlDAevyV7NzxgoqxgNkPdBdpBygbDm0P0iy5aB8Nhmt/IXUQLGXvpycZXlSuVBhT1iLdCGtAiHHqq0bSMw1Iy2W+nPAIXu' +
  'M5VYZnppDeSDnnx0A85kSDnM5DQBvq8wD29L85oDs8wF5maGvPhPehhlcLUguVaIckOgFCAfgQwuQKd+3xPcyue9BdqRYGDP' +
  'HSfwt3rxFSDjbfyYmv4hVhlZh46cxiXqubD/vDJYkBIAriKYM8o2kh6wSdm3rBB02OLxMve4AX7VDzNbSeRn1O7w6NdT4RYw' +
  'N/b0EmX8lsX4uFJ409BcGunnF12LmgkLsliNHvxO6lvHONY6880KliQjQm2HlEhxXjFtFoQry8V/MJqQ9UyCDWBVv+wvn+O/' +
  'F4hB0gQPIaY59wTOz8PIOaEinqT0pdshjBhcrfX6DPBbRGf5JZuJ/+9Qm6H+P+UkkbiyN3HhT+GjGQx4qlOJF7elog12yHON' +
  'ZXu3DuG9zYLJEyPfuG5CIT3HVHo7jLJyxKyfZICzggK7gVH+AD2R/jZl662q+uKRVY/aPZytwzkzNRFyr9eGI2S+Ml+FsBk0' +
  '+CEmPcbWp797q94asu7bhpNJ7au5IZOW5b3d5ISxLHCHx+w+SLvmfT3s8+gWDdJqxFA+A97evAT1lfPY2w1Q5VSFQVJGL+hS' +
  'l/7qMC6B1t1rrWWT8OowRNDTaCtYwCxLLTq8qIGXbto/MQZKUlELrNCA4Z7wKR1oO5yL77FuRW8O4ct+m9LzhkHqkHPIa11F' +
  'gTKZg05UVrk1S7EJCOVUC8mPSU7Eyl6tNET7eZN5wSYn/wkv1AZMLuDJoHj+p/My8WrycMnNbnSta4mE/a4VvC/+um/Pl+Ag' +
  'Nm7n1LXCeN0y54eJYoyn9FuMXeN/XTB5nrXrOkFCdqjjO8/8TlhKhzc/aM3uE3sC1Aoh05bzY+O2gC+zOavJUYcg7Wo6h/YJ' +
  'xtUnma3/ak0XnKZ04ek/daLLi+fVuX8uNCSjSx3qRyiCgdfbQ+5/HdLpwkb8vZ90UIPI/Y9Y4YViPO85USwfcKdidZeJTx7H' +
  'g+bSSyKhWJC1KlED78tjB7jN77aNKHsxXbniLtmob2pKs91gsCbl55NqaaSQP7632Wjt9n9Cs/HLDq/bEOSn5R7/5hpDW/P1' +
  'b319Y2XaiXkMVdIxw8pMt7+B4ZS+vGfr8';
