// RFC 3676 format=flowed: a line that ends with a space is soft, continued by the next line of the
// same quote depth. Thunderbird and Apple Mail send it, and a bounce forwarded or re-sent by them
// has its long server lines broken that way; recognizers read whole lines, so they are joined
// back. One pass over the lines, no regular expression.

const SIGNATURE = '-- ';

/** The text of a format=flowed part with its soft line breaks undone (section 4.2). */
export function unflow(text: string, delSp: boolean): string {
  const out: string[] = [];
  let open: { depth: number; text: string } | null = null;
  for (const raw of text.split('\n')) {
    let depth = 0;
    while (depth < raw.length && raw.charCodeAt(depth) === 62) depth++; // '>'
    // Space-stuffing (section 4.4): one leading space after the quote marks is not content.
    let line = raw.slice(raw.charCodeAt(depth) === 32 ? depth + 1 : depth);
    const soft = line.endsWith(' ') && line !== SIGNATURE;
    if (soft && delSp) line = line.slice(0, -1);
    if (open && open.depth === depth) open.text += line;
    else {
      if (open) out.push(withQuotes(open.depth, open.text));
      open = { depth, text: line };
    }
    if (!soft) {
      out.push(withQuotes(open.depth, open.text));
      open = null;
    }
  }
  if (open) out.push(withQuotes(open.depth, open.text));
  return out.join('\n');
}

function withQuotes(depth: number, text: string): string {
  return depth === 0 ? text : '>'.repeat(depth) + ' ' + text;
}
