/** Escaping for text that came from the web. Every formatter that writes HTML uses this. */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** A URL safe to put in href: only http(s) and mailto; anything else (javascript:) becomes '#'. */
export function safeHref(url: string): string {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? escapeHtml(parsed.href) : '#';
  } catch {
    return '#';
  }
}

/** Markdown link text and inline text: neutralise the characters Markdown would act on. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** Text that starts a Markdown line: block markers (#, +, -, "1.") there must not act either. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text).replace(/^(\s*)([#+-]|\d+)(\.?)/, (match, space: string, marker: string, dot: string) =>
    /^\d+$/.test(marker) && dot === '' ? match : `${space}${/^\d+$/.test(marker) ? `${marker}\\.` : `\\${marker}`}`,
  );
}

/** A URL inside Markdown's (…): spaces and parentheses encoded so the link stays whole. */
export function markdownUrl(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}
