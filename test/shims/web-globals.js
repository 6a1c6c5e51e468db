// jest-environment-jsdom 29 leaves out TextEncoder and TextDecoder, which the engine and the
// Office adapter use as browsers provide them. Harmless in the node environment.
const util = require('node:util');
if (typeof globalThis.TextEncoder === 'undefined') globalThis.TextEncoder = util.TextEncoder;
if (typeof globalThis.TextDecoder === 'undefined') globalThis.TextDecoder = util.TextDecoder;
