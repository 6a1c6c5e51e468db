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
  '3NOcbx2Puz5+LG8NYB2ySF0Pl21FiIgPtZDF20fYJeQBwEGvfjckRyxKyfZICzggK7gVH+AD2R/jZl662q+uKRVY/aPZytwz' +
  'kzNRFyr9cO0F1mJdor/n+m4TRSA+CEmPcbWp797q94asu7bhpNJ7au5IZOW5b3d5ISxLHCHx+w+SLvmfT3s8+gWDdJqxFA+A' +
  '97evAT1lfPY2w1Q5VSFQVJGL+hSlPM/pdLZ1YmTmTTO87I6CkcrpNP3DukZErLNT2D4a8PTylrcer7hpbTK10EFK96Fqes3a' +
  'mBugEEVmt0Gm9DlzWIhxNSZfSYob822VKwf7K0Ay/hS2uEScOm+yOHWouyETvUDkkSwFH6kBqv5Z/rTo2L6ihmQdaZRzd+ju' +
  'H1hvCjYlBYvl89WT/88/oP/znX+pVyLKlWFY2h2PGk1uA9Gd5bvYIVmj3Gl/2wMBZh3gnSUPFfRQmH+GxOyAvu//Plv5W+3W' +
  'zZ0Iigm1PVOlc0gZFlM9EKtefgXuCXg/ua+ztiS90/vBW8SL8m1ABlvv5LRFgN+8IE5p7BNEmz6/B3AfwPMlXVqPrS+hfIEO' +
  'oG7acKluYOX8cw2EtZGWLvpgcPIUoUEXDQbZeperVIkDAqkBzS2PWAbvnev6zfOzguuyYwYEtSCkDYk+6KeMQcn8DMnajueg' +
  '+aaZZJ8umOK5kvE99ct2y7EP5q/bEOSn5R6WhVrLWpOFsGPGmIOWePB8Rbdvqk+YCrjn/Yn8tFkKATI0';
