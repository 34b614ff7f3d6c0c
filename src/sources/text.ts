/** Text as editors read it: whitespace collapsed, scripts and styles left out. */
import type { Cheerio } from 'cheerio';
import type { AnyNode } from 'domhandler';

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const HIDDEN: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Whether any element below these holds text no reader sees. A walk by tag name, not a
 * selector: textOf runs for nearly every element of a listing, and cheerio parses a selector
 * string anew on each call (a fifth of a listing page's time went to that).
 */
function holdsHidden(nodes: readonly AnyNode[]): boolean {
  const stack = [...nodes].flatMap((node) => ('children' in node ? node.children : []));
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('name' in node && HIDDEN.has(node.name)) return true;
    if ('children' in node) stack.push(...node.children);
  }
  return false;
}

/** Text of an element without <script>/<style>/<noscript>/<template> content. */
export function textOf(node: Cheerio<AnyNode>): string {
  if (!holdsHidden(node.get())) return collapse(node.text());
  const clone = node.clone();
  clone.find('script, style, noscript, template').remove();
  return collapse(clone.text());
}
