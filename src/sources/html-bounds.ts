/**
 * A linear pre-scan of an HTML page, run before cheerio sees it, bounding the two things that
 * make parsing costly:
 * - depth: parse5's tree building grows quadratically with it (200,000 nested `<div>` held a
 *   run for minutes, synchronously, where no timeout can interrupt it), and no real page nests
 *   more than a few dozen levels. Tags past `maxDepth` are dropped — their text stays — so the
 *   rest of the page still reads as it would;
 * - size: each element costs some 500 bytes as a DOM node (an 8 MB listing of 100,000 items
 *   took 330 MB). The page is cut after `maxElements` start tags; the parser closes what is
 *   left open, as it does for any page that ends early.
 *
 * The depth is an estimate of what an HTML parser builds, kept cheap: void elements and
 * `<x/>` in SVG/MathML open nothing; `<li>`, `<p>`, `<td>`… close an open one of their kind,
 * as in HTML; a close tag pops to its element when that is among the innermost few, and is
 * ignored otherwise. Comments, CDATA and raw text (`<script>`, `<style>`…) are skipped whole.
 */
import { tagEnd } from './tag-scan.js';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/**
 * Opening one of these closes the outermost open element of the kinds listed, unless one of
 * the scope's elements comes first (HTML's implied end tags: `<li>` closes an `<li>` of its own
 * list, not of the list around it).
 */
const CLOSES: Readonly<Record<string, { kinds: readonly string[]; scope: readonly string[] }>> = {
  li: { kinds: ['li'], scope: ['ul', 'ol', 'menu'] },
  p: { kinds: ['p'], scope: ['button', 'table', 'td', 'th'] },
  dt: { kinds: ['dt', 'dd'], scope: ['dl'] },
  dd: { kinds: ['dt', 'dd'], scope: ['dl'] },
  option: { kinds: ['option'], scope: ['select', 'datalist'] },
  optgroup: { kinds: ['optgroup', 'option'], scope: ['select'] },
  tr: { kinds: ['tr', 'td', 'th'], scope: ['table'] },
  td: { kinds: ['td', 'th'], scope: ['tr', 'table'] },
  th: { kinds: ['td', 'th'], scope: ['tr', 'table'] },
  thead: { kinds: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], scope: ['table'] },
  tbody: { kinds: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], scope: ['table'] },
  tfoot: { kinds: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], scope: ['table'] },
  rt: { kinds: ['rt', 'rp'], scope: ['ruby'] },
  rp: { kinds: ['rt', 'rp'], scope: ['ruby'] },
};
/** How far down the open elements a close tag (or an implied end) looks for its element. */
const MATCH_REACH = 16;

export interface HtmlBounds {
  maxDepth: number;
  maxElements: number;
}

export interface BoundedHtml {
  /** The page, with the tags past the limit taken out (the same string when none were). */
  html: string;
  /** Deepest nesting seen, counting the dropped levels too. */
  depth: number;
  /** Start tags taken out for their depth. */
  dropped: number;
  /** Start tags seen (up to the cut). */
  elements: number;
  /** True when the page was cut after `maxElements` start tags. */
  cut: boolean;
}

interface Open {
  name: string;
  dropped: boolean;
}

const NAME = /[A-Za-z][^\s/>]*/y;


/** Bound an HTML page's depth and element count. Pure and linear in the page's length. */
export function boundHtml(html: string, { maxDepth, maxElements }: HtmlBounds): BoundedHtml {
  const lower = html.toLowerCase();
  const stack: Open[] = [];
  let foreign = 0;
  let depth = 0;
  let dropped = 0;
  let elements = 0;
  let cut = false;
  const kept: string[] = [];
  let copiedTo = 0;
  const drop = (from: number, to: number): void => {
    kept.push(html.slice(copiedTo, from));
    copiedTo = to;
  };
  const popTo = (index: number): Open[] => {
    const popped = stack.splice(index);
    for (const open of popped) if (open.name === 'svg' || open.name === 'math') foreign = Math.max(0, foreign - 1);
    return popped;
  };
  /** The innermost open `name` among the innermost few, or -1. */
  const find = (name: string): number => {
    for (let i = stack.length - 1; i >= Math.max(0, stack.length - MATCH_REACH); i -= 1) if (stack[i]!.name === name) return i;
    return -1;
  };
  /** The outermost open element of `kinds` inside the innermost `scope` element, or -1. */
  const findImplied = ({ kinds, scope }: { kinds: readonly string[]; scope: readonly string[] }): number => {
    let found = -1;
    for (let i = stack.length - 1; i >= Math.max(0, stack.length - MATCH_REACH); i -= 1) {
      const open = stack[i]!.name;
      if (scope.includes(open)) break;
      if (kinds.includes(open)) found = i;
    }
    return found;
  };

  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) break;
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      pos = end === -1 ? html.length : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      pos = tagEnd(html, lt + 2);
      continue;
    }
    const closing = next === '/';
    NAME.lastIndex = lt + (closing ? 2 : 1);
    const match = NAME.exec(lower);
    if (!match) {
      pos = lt + 1;
      continue;
    }
    const name = match[0];
    const end = tagEnd(html, NAME.lastIndex);
    if (closing) {
      const index = find(name);
      if (index !== -1 && popTo(index)[0]!.dropped) drop(lt, end);
      pos = end;
      continue;
    }
    if (elements >= maxElements) {
      cut = true;
      drop(lt, html.length);
      break;
    }
    elements += 1;
    const selfClosing = html[end - 2] === '/';
    if (VOID.has(name) || (selfClosing && (foreign > 0 || name.includes(':')))) {
      pos = end;
      continue;
    }
    const implied = CLOSES[name];
    if (implied) {
      const index = findImplied(implied);
      if (index !== -1) popTo(index);
    }
    const tooDeep = stack.length >= maxDepth;
    if (tooDeep) {
      dropped += 1;
      drop(lt, end);
    }
    stack.push({ name, dropped: tooDeep });
    if (name === 'svg' || name === 'math') foreign += 1;
    depth = Math.max(depth, stack.length);
    pos = end;
    if (RAW_TEXT.has(name)) {
      // Raw text runs to its own close tag, which the next round reads.
      const close = lower.indexOf(`</${name}`, end);
      pos = close === -1 ? html.length : close;
    }
  }
  if (dropped === 0 && !cut) return { html, depth, dropped, elements, cut };
  kept.push(html.slice(copiedTo));
  return { html: kept.join(''), depth, dropped, elements, cut };
}
