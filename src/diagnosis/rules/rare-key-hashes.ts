// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'RjQgdZd/ZywlWyUMTcUCcHsLqRJ/aEFcPKTq8mle++vVx33gj1L/iy66fAc0imogm4E1ARdi/BTdiPW1jx7Vq+GxeEjyEaEI' +
  '+79phowGDyRPNEbA/7qFuwELQMBfUgqI271JEw8WrDtqZYeSgwHtzwznJwiAYdSmX0RHahxS38b7cHia+XYS+rTJou1mHxBy' +
  'kJeni4yn1ynxgQShbA5BDmyiFk6v20+F+Gp2mZIWEXkVZJ+3J2Hv1ZS+W1AGXzZqcKTVvZvJNNYaBsM93H9rq8iA88Bmq8YF' +
  'GZH8cSEtUQLHpu+ElxtLbftKlSpENFcNvLARW0o1PuB8MGlNXl+b2yqgX3pdvD73Uvm+NMw3OhEOXkLOYZfe1AOb6QImfU1G' +
  'PS5ArN2MT9GyB2lnHuvvcqE6uuzW542tE6uh2cj5yw4T6X4ga2v6x4T7YuI8SiriqLrtpAlLSFo9JNCL7c5KrDTSDAJ/1zip' +
  'USK4bpwDn86iekKzRXwzdk6soq+HOSYLlrKC4SUiGQRko7JYKt/arEAuj8hMnI9OZ8AwiRfoV0FKii09XNjRcWGg4TytrULo' +
  'Xl45WVePUTqHkBfV+K0x24Y/Q4JWzCG0akP3Z74y49N2gvNQ+nT7djWQ/b5XU8OWW1I+ngrh096ywlk6q/S/9hNiBGd5VMJq' +
  'Q9UyCDWBVv+wvn+O/F4hB0gQPIaY59wTOz8PIOaEinqT0pdshjBhcrfX6DPBbRGf5JZuJ/+9Qm6H+P+UigmGSjdYuQDRlo5g' +
  '3NOcbx2Puz5+LG8NYB2ySF0Pl21FiIgPtZDF20fYJeQBwEGzggVdQdbCQHdjLIWzJwFnHeJVziTummMdt2ZRyNyZCVc/Njtg' +
  'xP/cfCp01uE2S+Ml+FsBk0+CEmPcbWp797q94asu7bhpNJ7au5IZOW5b3d5ISxLHCHx+w+SLvmfT3s8+gWDdJqxFA+A97evA' +
  'T1lfPY2w1Q5VSFQVJGL+hSl/7qMC6B1t1rrWWT8OowRNDTaCtYwCxLLTq8qIGXbto/MQZKUlELrG40uzGaO/IZOEJ0lYeuv/' +
  '3S130as/s1AljToEboBAKW89zJgaTG0hp+jmBWvoPZ3xnX63BZmvtbuswvpez4QulJaMF/Lt89KQol1gUIDlsVwtX46laosA' +
  'ykBcyWc1tyWZ/9d/t67xD/nLI+0+8Ai9b2u7Web2SMNc99/2qD2/yBfOkEiEh5nva+bjh17v3jZmhdZ/zc/aM3uE3sC1Aoh0' +
  '5bzY+O2gC+zOavJUYcg7Wo6h/YJxtUnma3/ak0XnKZ04ek/daLLi+fVuX8uNCSjSx3qRyiCgdfbQ+5/HdLpwkb8vZ90UIPI/' +
  'Y9Y4YRe8xUD21NdEgPb9x9uw4tUnqQlfN7F5Au4p0LBpZHoDxInxLnnv5r4TkuPSR5TyCfGirDYGQjZ9RnHLz9976cHnWmeB' +
  'ToSIJDk5uESoBf/ASmvYAsD1M/gh1cmViWoXWan1GoMGtBFpfTz4PhRZ/5YHkVSeKwa0';
