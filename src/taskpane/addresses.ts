// Addresses as the pane shows them: "Name <a@b>" reduced to a@b, and its domain.

/** The address inside angle brackets, else the text itself when it looks like an address. */
export function bareAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  const open = value.lastIndexOf('<');
  const close = open >= 0 ? value.indexOf('>', open) : -1;
  const inner = (open >= 0 && close > open ? value.slice(open + 1, close) : value).trim();
  return inner.includes('@') && !inner.includes(' ') ? inner : null;
}

export function domainOf(address: string | null): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  return at >= 0 && at < address.length - 1 ? address.slice(at + 1).toLowerCase() : null;
}

export function sameAddress(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}
