/** Shared by the linear pre-scans of HTML and sitemap XML: where a tag ends. */

/** Index after the `>` closing a tag that starts (or whose name ends) at `from`; quoted `>` do not count. */
export function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i += 1) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  return text.length;
}
