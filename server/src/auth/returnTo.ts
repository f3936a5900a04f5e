// Where the browser goes after sign-in: only a path of this site. Anything that a browser could
// read as another origin (`//host`, `/\host`, a scheme, control characters) becomes `/`.

export function safeReturnTo(value: string | null | undefined): string {
  if (!value || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // Browsers drop tabs and newlines and read a backslash as a slash: none of them in a path of ours.
  if (value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return '/';
  // Parsed against a placeholder origin it must stay on that origin, with the same path.
  let url: URL;
  try {
    url = new URL(value, 'http://netzwerkatlas.invalid');
  } catch {
    return '/';
  }
  if (url.origin !== 'http://netzwerkatlas.invalid') return '/';
  // Back into the sign-in itself would loop.
  if (url.pathname === '/auth' || url.pathname.startsWith('/auth/') || url.pathname.startsWith('/idp/')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
