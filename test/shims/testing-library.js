// findBy*/waitFor wait up to 1 s by default; on a shared 2-core CI machine the first load of a
// lazily imported module (the .msg reader) can take longer, so give async queries more room.
const { configure } = require('@testing-library/react');

configure({ asyncUtilTimeout: 5000 });
