/**
 * The layer rules of src/, as one table, and the checker that holds the code to them. A layer
 * is a folder directly under src/ (src/store/**) or a file there (src/app.ts is `app`; src/model.ts
 * and src/model/** are both `model`). docs/architecture.md quotes LAYER_RULES.
 */
import path from 'node:path';

/**
 * Which layers each layer may import, besides itself. Read top to bottom: plain data and leaf
 * helpers first, then the network, extraction, the jobs, the outputs, and the shells. `cli`
 * may import anything. Every layer under src/ needs a row: a new folder is a decision.
 */
export const LAYER_RULES = {
  model: [],
  time: [],
  files: [],
  log: [],
  config: [],
  demo: [],
  schedule: ['log'],
  store: ['model'],
  fetch: ['model'],
  sources: ['model', 'config', 'time', 'fetch'],
  app: ['model', 'config', 'log', 'fetch', 'store'],
  watch: ['model', 'config', 'time', 'log', 'fetch', 'sources', 'store'],
  links: ['model', 'config', 'log', 'fetch', 'store'],
  learning: ['model', 'config', 'store', 'links'],
  digest: ['model', 'config', 'files', 'store', 'watch', 'learning', 'report'],
  report: ['model', 'time', 'store', 'sources', 'links'],
  review: ['model', 'config', 'time', 'files', 'store', 'watch', 'links', 'learning', 'digest', 'report'],
  serve: ['model', 'config', 'time', 'log', 'store', 'report', 'review'],
  jobs: ['model', 'config', 'time', 'files', 'log', 'app', 'store', 'watch', 'links', 'digest', 'report', 'review'],
  ops: ['model', 'config', 'files', 'log', 'schedule', 'fetch', 'store', 'app', 'report', 'jobs'],
  run: ['model', 'config', 'app', 'report', 'jobs'],
  index: ['model', 'config', 'time', 'app', 'watch', 'links', 'learning', 'digest', 'review', 'jobs', 'run'],
  cli: '*',
} as const satisfies Record<string, readonly string[] | '*'>;

export type Layer = keyof typeof LAYER_RULES;

/** Packages only one layer may load: SQL stays in the store, the browser engines in fetch. */
export const PACKAGE_RULES: ReadonlyArray<{ pattern: RegExp; name: string; layers: readonly Layer[] }> = [
  { pattern: /^better-sqlite3$/, name: 'better-sqlite3', layers: ['store'] },
  { pattern: /^(?:playwright|playwright-core|@crawlee\/.+)$/, name: 'playwright/crawlee', layers: ['fetch'] },
];

/**
 * Folder cycles the code still has, each as its strongly connected set of layers (sorted). The
 * check wants exactly these: a new cycle fails, and so does a cycle that is gone but still listed.
 * None is left since the links job (which picks the candidates' URLs with the digest's ranking)
 * moved from links/ up to jobs/.
 */
export const KNOWN_CYCLES: ReadonlyArray<readonly Layer[]> = [];

export interface SourceFile {
  /** Repository-relative path, forward slashes: src/store/robots.ts. */
  file: string;
  text: string;
}

export interface ImportRef {
  specifier: string;
  line: number;
}

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
  message: string;
}

/**
 * The code with comments blanked out (strings and template literals kept, newlines kept so line
 * numbers hold): an import written in a comment is not an import.
 */
export function withoutComments(text: string): string {
  let out = '';
  let i = 0;
  // Open template literals and `${` nesting: inside a template, `//` is text.
  const stack: Array<'template' | 'brace'> = [];
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    const inTemplate = stack[stack.length - 1] === 'template';
    if (inTemplate) {
      if (ch === '\\') {
        out += text.slice(i, i + 2);
        i += 2;
      } else if (ch === '`') {
        stack.pop();
        out += ch;
        i += 1;
      } else if (ch === '$' && next === '{') {
        stack.push('brace');
        out += '${';
        i += 2;
      } else {
        out += ch;
        i += 1;
      }
      continue;
    }
    if (ch === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += ' ';
        i += 1;
      }
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== ch && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '`') {
      stack.push('template');
      out += ch;
      i += 1;
    } else if (ch === '{' && stack.length > 0) {
      stack.push('brace');
      out += ch;
      i += 1;
    } else if (ch === '}' && stack[stack.length - 1] === 'brace') {
      stack.pop();
      out += ch;
      i += 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

const IMPORT_FORMS = [
  // import x from '…', import type { x } from '…', export { x } from '…', export * from '…'
  /\b(?:import|export)\b[^;'"`]*?\bfrom\s*(['"])([^'"]+)\1/g,
  // import '…' (for its side effects)
  /\bimport\s*(['"])([^'"]+)\1/g,
  // import('…'), await import("…")
  /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
];

/** Every module a file imports, statically or with import(). Pure. */
export function importsOf(text: string): ImportRef[] {
  const code = withoutComments(text);
  const found = new Map<number, ImportRef>();
  for (const form of IMPORT_FORMS) {
    for (const match of code.matchAll(form)) {
      const at = match.index + match[0].lastIndexOf(match[2]!);
      found.set(at, { specifier: match[2]!, line: code.slice(0, at).split('\n').length });
    }
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, ref]) => ref);
}

/** The layer a path under src/ belongs to (src/model.ts and src/model/x.ts are both `model`). */
export function layerOf(file: string): string {
  const [first, ...rest] = path.posix.relative('src', file).split('/');
  return rest.length === 0 ? first!.replace(/\.[jt]s$/, '') : first!;
}

function allowed(from: string): readonly string[] | '*' | undefined {
  return (LAYER_RULES as Record<string, readonly string[] | '*'>)[from];
}

/** Check every import of every file against the tables. Pure. */
export function checkImports(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const { file, text } of files) {
    const from = layerOf(file);
    const rule = allowed(from);
    if (rule === undefined) {
      violations.push({ file, specifier: '', rule: 'every layer has a rule', message: `${file}: layer "${from}" has no row in LAYER_RULES, breaking the rule "every layer has a rule"` });
      continue;
    }
    for (const { specifier, line } of importsOf(text)) {
      const where = `${file}:${line}`;
      if (!specifier.startsWith('.')) {
        const limited = PACKAGE_RULES.find((p) => p.pattern.test(specifier));
        if (limited && !(limited.layers as readonly string[]).includes(from)) {
          const rule = `${limited.name} only in ${limited.layers.join(', ')}`;
          violations.push({ file, specifier, rule, message: `${where} imports '${specifier}', breaking the rule "${rule}"` });
        }
        continue;
      }
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (!target.startsWith('src/')) {
        const rule = 'src/ imports nothing outside src/ (no test/, bench/, eval/)';
        violations.push({ file, specifier, rule, message: `${where} imports '${specifier}' (${target}), breaking the rule "${rule}"` });
        continue;
      }
      const to = layerOf(target);
      if (to === from || rule === '*' || rule.includes(to)) continue;
      const text = `${from} may import only ${rule.length > 0 ? rule.join(', ') : 'nothing of ours'}`;
      violations.push({ file, specifier, rule: text, message: `${where} imports '${specifier}' (layer ${to}), breaking the rule "${text}"` });
    }
  }
  return violations;
}

/** What SQL looks like in code: a statement prepared or run on a connection, or the text of one. */
const SQL = /\.(?:prepare|pragma)\s*(?:<[^>]*>)?\s*\(|\b(?:SELECT\s[^;]{0,300}?\sFROM\s+\w|INSERT\s+(?:OR\s+\w+\s+)?INTO\s+\w|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s+\w|CREATE\s+(?:TABLE|INDEX)\s)/;

/** SQL only under src/store/: every other layer asks the store's functions. Pure. */
export function sqlOutsideStore(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const { file, text } of files) {
    if (layerOf(file) === 'store') continue;
    const code = withoutComments(text);
    const match = SQL.exec(code);
    if (!match) continue;
    const line = code.slice(0, match.index).split('\n').length;
    const rule = 'SQL only in store';
    violations.push({ file, specifier: '', rule, message: `${file}:${line} runs SQL ("${match[0].slice(0, 40)}"), breaking the rule "${rule}"` });
  }
  return violations;
}

/** The layer graph: which layer imports which (self-imports left out). Pure. */
export function layerGraph(files: readonly SourceFile[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { file, text } of files) {
    const from = layerOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const { specifier } of importsOf(text)) {
      if (!specifier.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (target.startsWith('src/') && layerOf(target) !== from) edges.add(layerOf(target));
    }
  }
  return graph;
}

/** The graph's cycles: every strongly connected set of two or more layers, each sorted (Tarjan). Pure. */
export function cyclesOf(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return out.sort((a, b) => a.join().localeCompare(b.join()));
}
