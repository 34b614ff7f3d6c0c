/**
 * Building pages safely: `html\`…\`` escapes every interpolated value with escapeHtml unless
 * it is already markup made here (`Html`, from another `html\`…\`` or `raw()`), so text from
 * the web cannot become markup by accident. Web URLs go into href through `href()` (safeHref:
 * http(s) and mailto only).
 */
import { escapeHtml, safeHref } from '../report/escape.js';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Markup that is trusted as it is (built here, never from web text). */
export function raw(markup: string): Html {
  return new Html(markup);
}

type Value = Html | string | number | boolean | null | undefined | Value[];

function render(value: Value): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(out);
}

/** A web URL for href: only http(s) and mailto pass; anything else becomes "#". */
export function href(url: string): Html {
  return raw(safeHref(url));
}
