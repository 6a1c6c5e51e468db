// Bounce Lens diagnosis engine: pure TypeScript, no DOM, no Office.js.
export { diagnose, type DiagnoseOptions } from './diagnose';
export * from './types';
export { DEFAULT_OWNER } from './taxonomy';
