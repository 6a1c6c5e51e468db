// findBy*/waitFor wait up to 1 s by default; on a shared, loaded 2-core CI machine the first load of
// a lazily imported module (the .msg reader) or a render can take far longer, so give async queries
// more room (a failure still fails, only later; jest's testTimeout in jest.config.js is above this).
const { configure } = require('@testing-library/react');

configure({ asyncUtilTimeout: 20_000 });
