/**
 * Selectors compiled once per process. cheerio parses a selector string anew on every call; the
 * listing reader asks the same few ("a, h1, …", the site-chrome list) of nearly every element
 * of a page, and the parsing was a fifth of a listing page's time (issue 14). css-select is the
 * engine cheerio itself matches with, so a compiled selector matches exactly what the string did.
 */
import { compile, is, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';

type Query = ReturnType<typeof compile<AnyNode, Element>>;

const compiled = new Map<string, Query>();

function query(selector: string): Query {
  let found = compiled.get(selector);
  if (!found) {
    found = compile<AnyNode, Element>(selector);
    compiled.set(selector, found);
  }
  return found;
}

/** Whether an element below `node` (not `node` itself) matches, as `$(node).find(selector).length > 0`. */
export function hasMatchBelow(node: AnyNode, selector: string): boolean {
  return 'children' in node && selectOne(query(selector), node.children) !== null;
}

/** The nearest of `node` and its ancestors that matches, as `$(node).closest(selector)`. */
export function closestMatch(node: AnyNode, selector: string): Element | undefined {
  const test = query(selector);
  for (let current: AnyNode | null = node; current; current = current.parent) {
    if (current.type === 'tag' || current.type === 'script' || current.type === 'style') {
      if (is(current as Element, test)) return current as Element;
    }
  }
  return undefined;
}
