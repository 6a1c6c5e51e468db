// What the pane's "formats" chunk holds: the readers of the formats few bounces come in
// (formats/on-demand-readers.ts) and the fallback's weaker readings of a clear bounce no recognizer
// read (fallback-recipients.ts). An ordinary bounce needs neither; the first message that needs
// either loads both (src/taskpane/engine-chunk.ts).
export { ON_DEMAND_READERS } from './formats/on-demand-readers';
export { fallbackRecipients as FALLBACK_READINGS } from './fallback-recipients';
