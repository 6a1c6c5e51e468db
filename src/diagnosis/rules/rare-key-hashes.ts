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
  'Nm7n1LXCeN0y54eJYoyn9FuMXeN/XTB5nrXrOkFCdqjjO8/8TiU5SyV/ityYmV1mUnW9MLO0iliNp0LHdth4dARqKrGy6GrV' +
  'yIVUxsE4WVybm4EAaO0b5tyyYgjdrB/4972vZbhdOUZVbXbKzChNmlwCwkVLqf7CP83oJANyHCGaJzZB10hpdLCoazayT2Rl' +
  'OwDNqhZdYbS2PWAbvnev6zfOzguuyYwYEtSCkDYk+6KeMQcn8DMnajueg+aaZZJ8umOK5kvE99ctwAfkdyfp3c8hO/ujUPi7' +
  'x8CeO9CGKCbaDopywNVH6Qsu/nOaRdtA5Ef0';
