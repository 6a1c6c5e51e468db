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
  'Q9UyCDWBPsA/15/EFp7vubPO5JJAKaGfFJh7f3AJ4XrcEZe6S+rTfTSsjC8nh9ShQ58gSV2V/nBM0oFpFprbM23biyN3HhT+' +
  'GjGQx4qlOJF7elog12yHONZXu3DuG9zYLJEyPfuG5CIT3HVHo7DDirpVdQdbCQHdjLIWzJwFnHeJVziTummMdt2ZRyNyZCVc' +
  '/NjtgxP/cfCp01uE2S+Ml+Fs0ZhRXNnXs3Cqi6Ov8+X8act0yjUQwOyd0gKR40ieSugJdQg9YFVtNpYlE5BeUn7rK1iwUdPv' +
  'NnH8z79JeDzBCGNGBGhxXxJwQ2lrRbxAt+SwiOCM3k3hh10wGnbqskQx8Pl5qPsggxeHeaX3Blb+ir6ezUShgW81nwX8n+b6' +
  'mSc1V5Hnp+6u2619j/i2LVQxaTBaMKf0GJwdL8wW1NdzRWN1pap67tZ2C6N7XplBnjrpdHw8rnUd8iVKK7mOm2L6ihmQdaZR' +
  'zd+juH1hvCjYlBYvl89WT/88/oP/znX+pVyLKlWFY2h2PGk1uA9Gd5bvYIVmj3Gl/2wMBZh3gnSUPFfRQmH+GxOyAvu//Plv' +
  '5W+3WzZ0Iigm1PVOlc0gZFlM9EKtefgXuCXg/ua+ztiS90/vBW8SL8m1ABlvv5LRFgN+8IE5p7BNEmz6/B3AfwPMlXVqPrS+' +
  'hfIEOoG7acKluYOX8cw2EtZGWLvpgcPIUoUEXDQbZeperVIkDAqkBzS2PWAbvnev6zfOzguuyYwYEtSCkDYk+6KeMQcn8DMn' +
  'ajueg+aaZZJ8umOK5kvE99ct2y7EP5q/bEOSn5R6WhVrLWpOFsGPGmIOWePB8Rbdvqk+YCrjn/Yn8tFkKATI0';
