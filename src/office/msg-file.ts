// Outlook .msg files (OLE compound files) turned into MIME for the engine. The conversion and
// @kenjiuno/msgreader (msg-convert.ts) are a chunk loaded by a dynamic import() the first time a
// .msg appears: most bounces never need it, and it would otherwise weigh on every pane load.
type Converter = typeof import('./msg-convert.js');

let loading: Promise<Converter> | null = null;

function loadConverter(): Promise<Converter> {
  if (loading) return loading;
  loading = import(/* webpackChunkName: "msgreader" */ './msg-convert.js');
  // A failed load (a dropped connection) must not stick: the next .msg tries again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The .msg as one MIME message (its embedded messages as message/rfc822 parts). Throws on a
 *  file msgreader cannot read; callers turn that into a message for the user. */
export async function msgToMime(bytes: Uint8Array): Promise<Uint8Array> {
  return (await loadConverter()).msgToMime(bytes);
}
