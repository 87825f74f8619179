/** HTML escaping for the checker's string templates. */
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const esc = (s: string | number) => String(s).replace(/[&<>"]/g, (c) => ESC[c]);
