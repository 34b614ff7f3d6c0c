/** Text as editors read it: whitespace collapsed, scripts and styles left out. */
import type { Cheerio } from 'cheerio';
import type { AnyNode } from 'domhandler';

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of an element without <script>/<style>/<noscript> content. */
export function textOf(node: Cheerio<AnyNode>): string {
  if (node.find('script, style, noscript, template').length === 0) return collapse(node.text());
  const clone = node.clone();
  clone.find('script, style, noscript, template').remove();
  return collapse(clone.text());
}
