// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key
// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.
export const RARE_KEY_HASHES =
  'DxvkBLKyS/yVdLy71Fu9j0T86HCKIyVxCyPCZihesaX+TNG1zS1DWeVnAJot42iXtGZ2+Zxxb/iCEgq5N+pmOQaaRClcMOPL' +
  'O270PYA7AbgpdKNTdiPW1jx7VqHz5YRT1rlXqXoNmvETO70o1GDyRPNEbA/7UpD8nEZbMbYwKuRyTCa4E2cS8WDU4DJ2cdj2' +
  'TqMI2qLT8x+fDAqQPOqJwiAYdSmX04+RCqWRONA42p0P4eyoDadqCJdshgUN0E2FPSWHu8SXEP6DWdc8FcFTJJbSf34Hnpn9' +
  'rNdnYJCCyDo1OeLA39C6oXc5X6b0T3S+RRMEZ1fX8yWnkVG0b8G+nwIrepsZfERsWackiP8q5mSzp62SikzJtgI9FpheHOKG' +
  'GNXeH42VA8xAwMYHCuTkyqgZdnyTVhPukREF+MdIjray2LJWYRS+PVbKfk033pwYwKEAX0baBruRPf6lJ/1EMH5X9y4FCctn' +
  'X6ZXlSuVBhT1iLdCGtAiHHqq0bCIZD9OKl0eCk2bQhXBEaeU5XNueySypQ73SSUm2Y1Rd3S13YZiQqNpeHqQ4IgGBaRiHqUB' +
  'X7MwDbCriqLrtpAlLHurSPAKr1D6MF/CAfZV0tNN3Ia/mVRCtd519S+0vaNxmDPHSfwt3rxFSDjbfyYmv4hFrdsiqraGZYmO' +
  'jtlKtTaEbgdoVwc+ln031sj1GHN4HXm6E2tmQk4Nm3JXmIGhahq9OZ8AwiRfoD79YJ5cOwuvgiHhfor2lQtD0XK8xvlgyhb0' +
  'CKQE1O7w6NDky4iZSNI/ye1XAUht8lsX4uFJ409BcGunEBTLvWf24hXLShjUMx9g72NpWtdALA4yei021TtuWW1I+DAaa0jO' +
  '18tRN2QcSDf+vyyNjIghRnJnkiid5VCq1BzZHBEk+UkDWBPsAyEJNOGLXU6+6FpnAofyGnmqob94AJqwnsywib9CI7MOwENl' +
  'v8SzHrHaNBhcrfX6DPBbRGf5JZuJ/+9Qm6H+P+UigmGSjdYuQDRlo5g3NOcbBCcB9uyCjiQOVlbK25uYml0VOqY0pU42VObK' +
  'pl6QU41J4dGqNqSXeinlGJNDyJXIVDocD8psahWli3rBdQTpUkUaQ4t/R7UCC0EeiLA56tulv6O+CVOztwUN7yJGtXo/vgJC' +
  'm0U3WIe2aO9Yb5pZzW8wsuKaX/JsOCpImPZaZw4YIRS3n/C6rTTCSj9lErIZImCn/fGvnKdErKJ4O/zamwShVd5UNlGZMw7d' +
  'XeA9eAUg0sTFJiyhueaUZafq6ckOnDzaAmNGBGhxXwk24kxGL+hSafhU3kHO/dEh631Fyd7e7NM20P8kB3fTDhcijRpR3UBe' +
  '2W69YgkuE9Eo1926NVBzPgDHwyvNL0G3Zr2HZz9xK3zgJ0lYeuv/3S130as/s1AljToEboBAKW89zJgaTG0hp+jmBWvoPZ3Y' +
  'pZOb0c+1BJZmvtbg5wbMwIqk3FMlDfTmqL2f4YnYoBdNtuCO1AZMLuDJoHjxi/2O5d+9+8VGeDTkipUc3P8UDukRo2O7Vo2E' +
  'jT3t5uRdQXVMaij8+pVuRcWy9y1uo0TrE4oXS3mKIXEBBp4avmgwbseN/XTB5nrXrOkFCdqjjO8/2QOJo1E80f2HKU5SyV/i' +
  'tyYm4whYTkb/DZ0Iigm1PVOlc0gZFlM9EKtefgXuCXg/ua+ztiS90vNzJHtoocGugHW2KLlOuViHLMpwb/Y4ZXSnhJjI+x3q' +
  'RyiCgbhSFmhNmlwCwkVLqf6chsGo0yXc8PZVuYOX8cw2EtZGWLvpgcPI7AYyznq9hKiT6QO7Uf+bSQLfSNwu4p0K1D9PdQEH' +
  'lQMFQkEF8gg8lWNTmousAxuPIAwg/4cn8DMnajueg+aaZZJ8umOK5kvE99ct2y7EP5q/bEOSn5R6WhQEQ+75LRy7uN1VzpkK' +
  'C4c8A6I3rE9ChFpfTz4PhRWQFOVfXTghOT3f8latFkKATI0';
