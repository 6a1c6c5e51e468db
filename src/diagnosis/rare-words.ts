// What the pane's "phrases" chunk holds: the rule table's phrases few bounces have
// (rules/table-rare.ts) and the words of other languages with letters past ASCII
// (localized-words.ts). Both are lists only some messages need, loaded together on the first
// message that needs either (src/taskpane/engine-chunk.ts).
export { RARE_PHRASES } from './rules/table-rare';
export { LOCALIZED_WORDS } from './localized-words';
