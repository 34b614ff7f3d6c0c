/** The layer rules (import-rules.ts) hold on the real src/, and the checker catches what breaks them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImports, cyclesOf, importsOf, KNOWN_CYCLES, LAYER_RULES, layerGraph, layerOf, sqlOutsideStore, type SourceFile } from './import-rules.js';

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.posix.join(dir, name.split(path.sep).join('/')))
    .sort()
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

describe('importsOf', () => {
  it.each([
    ['a named import', "import { a } from './a.js';", ['./a.js']],
    ['a type-only import', "import type { A } from '../model.js';", ['../model.js']],
    ['an import over several lines', "import {\n  a,\n  type B,\n} from '../store/db.js';", ['../store/db.js']],
    ['a default and a namespace import', "import x from 'node:path';\nimport * as y from './y.js';", ['node:path', './y.js']],
    ['a re-export', "export { a } from './a.js';\nexport type * from './b.js';", ['./a.js', './b.js']],
    ['a side-effect import', "import './setup.js';", ['./setup.js']],
    ['a dynamic import', "const m = await import('../../test/replica/server.js');", ['../../test/replica/server.js']],
    ['a dynamic import in double quotes', 'void import("./lazy.js").then(() => 1);', ['./lazy.js']],
    ['an import in a line comment', "// import { a } from '../ops/a.js';\nconst x = 1;", []],
    ['an import in a block comment', "/**\n * Loads it with import('../ops/a.js').\n */\nconst x = 1;", []],
    ['a URL in a string before an import', "const u = 'https://example.org/';\nimport { a } from './a.js';", ['./a.js']],
    ['import written inside a template literal text', 'const page = `<p>// not a comment</p>`;\nimport { a } from "./a.js";', ['./a.js']],
    ['no imports at all', 'export const x = 1;', []],
  ])('%s', (_name, text, expected) => {
    expect(importsOf(text).map((ref) => ref.specifier)).toEqual(expected);
  });

  it('gives the line of each import', () => {
    expect(importsOf("const a = 1;\n\nimport { b } from './b.js';\nawait import('./c.js');")).toEqual([
      { specifier: './b.js', line: 3 },
      { specifier: './c.js', line: 4 },
    ]);
  });
});

describe('layerOf', () => {
  it.each([
    ['src/store/robots.ts', 'store'],
    ['src/model.ts', 'model'],
    ['src/model/links.ts', 'model'],
    ['src/ops/alerts/damping.ts', 'ops'],
    ['src/app.ts', 'app'],
    ['src/model.js', 'model'],
    ['src/demo/sites/fafo.ts', 'demo'],
  ])('%s is in %s', (file, layer) => expect(layerOf(file)).toBe(layer));
});

describe('checkImports', () => {
  // [what is planted, the file, its text, the rule expected broken (undefined: none)]
  it.each<[string, string, string, string | undefined]>([
    ['the store importing fetch', 'src/store/robots.ts', "import type { RobotsFile } from '../fetch/robots.js';", 'store may import only model'],
    ['the store importing the model', 'src/store/robots.ts', "import type { RobotsFile } from '../model/robots.js';", undefined],
    ['the model importing the store', 'src/model/status.ts', "import type { Db } from '../store/db.js';", 'model may import only nothing of ours'],
    ['report importing ops', 'src/report/status-text.ts', "import type { Status } from '../ops/status.js';", 'report may import only model, time, store, sources, links'],
    ['a dynamic import of test code', 'src/cli/demo.ts', "const { startReplica } = await import('../../test/replica/server.js');", 'src/ imports nothing outside src/ (no test/, bench/, eval/)'],
    ['the CLI importing anything in src', 'src/cli/demo.ts', "const m = await import('../demo/server.js');\nimport { x } from '../ops/jobs.js';", undefined],
    ['a file importing its own layer', 'src/ops/alerts/index.ts', "import { dampAlerts } from './damping.js';\nimport { y } from '../status.js';", undefined],
    ['SQLite outside the store', 'src/links/run.ts', "import Database from 'better-sqlite3';", 'better-sqlite3 only in store'],
    ['SQLite in the store', 'src/store/db.ts', "import Database from 'better-sqlite3';", undefined],
    ['playwright outside fetch', 'src/sources/browser.ts', "import type { Page } from 'playwright';", 'playwright/crawlee only in fetch'],
    ['a Node built-in anywhere', 'src/model/status.ts', "import path from 'node:path';", undefined],
    ['a layer without a rule', 'src/newthing/a.ts', 'export const a = 1;', 'every layer has a rule'],
    ['fetch importing watch', 'src/fetch/reachability.ts', "import { x } from '../watch/watch.js';", 'fetch may import only model'],
  ])('%s', (_name, file, text, broken) => {
    const violations = checkImports([{ file, text }]);
    if (broken === undefined) {
      expect(violations).toEqual([]);
      return;
    }
    expect(violations).toHaveLength(1);
    expect(violations[0]!.rule).toBe(broken);
    // The message names the file, the import and the rule.
    expect(violations[0]!.message).toContain(file);
    expect(violations[0]!.message).toContain(broken);
    if (violations[0]!.specifier) expect(violations[0]!.message).toContain(violations[0]!.specifier);
  });
});

describe('sqlOutsideStore', () => {
  it.each<[string, string, string, boolean]>([
    ['a prepared statement in the links job', 'src/links/run.ts', "db.prepare('SELECT url FROM link_state').all();", true],
    ['a typed prepared statement', 'src/ops/status.ts', 'db.prepare<[string], { n: number }>(sql).get(id);', true],
    ['SQL text in a template', 'src/review/x.ts', 'const sql = `UPDATE items SET baseline = 0 WHERE id = ?`;', true],
    ['an insert', 'src/watch/x.ts', "run('INSERT OR IGNORE INTO items (id) VALUES (?)');", true],
    ['the same in the store', 'src/store/items.ts', "db.prepare('SELECT id FROM items').all();", false],
    ['a regex exec', 'src/sources/x.ts', 'const m = /a(b)/.exec(text);', false],
    ['English prose that selects from a list', 'src/report/x.ts', "const s = 'select the items from the list';", false],
    ['SQL in a comment', 'src/links/run.ts', '// once ran SELECT url FROM link_state here\nconst x = 1;', false],
  ])('%s', (_name, file, text, broken) => {
    const violations = sqlOutsideStore([{ file, text }]);
    expect(violations).toHaveLength(broken ? 1 : 0);
    if (broken) expect(violations[0]!.message).toContain(`${file}:`);
  });
});

describe('cyclesOf', () => {
  const graph = (edges: Record<string, string[]>): Map<string, Set<string>> => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));
  it.each<[string, Record<string, string[]>, string[][]]>([
    ['a line', { a: ['b'], b: ['c'], c: [] }, []],
    ['two layers importing each other', { a: ['b'], b: ['a'] }, [['a', 'b']]],
    ['a loop of three and a tail', { a: ['b'], b: ['c'], c: ['a', 'd'], d: [] }, [['a', 'b', 'c']]],
    ['two separate loops', { a: ['b'], b: ['a'], c: ['d'], d: ['c'] }, [['a', 'b'], ['c', 'd']]],
  ])('%s', (_name, edges, cycles) => expect(cyclesOf(graph(edges))).toEqual(cycles));
});

describe('the real src/', () => {
  const files = sourceFiles('src');

  it('reads the whole tree', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(files.filter((f) => importsOf(f.text).length > 0).length).toBeGreaterThan(140);
  });

  it('keeps every layer rule', () => {
    expect(checkImports(files).map((v) => v.message)).toEqual([]);
  });

  it('runs SQL only in the store', () => {
    expect(sqlOutsideStore(files).map((v) => v.message)).toEqual([]);
    // The pattern does see the store's SQL: otherwise the line above could not fail.
    expect(sqlOutsideStore(files.filter((f) => f.file.startsWith('src/store/')).map((f) => ({ ...f, file: f.file.replace('src/store/', 'src/elsewhere/') }))).length).toBeGreaterThan(10);
  });

  it('has a row for every layer there is, and no row for a layer that is gone', () => {
    expect([...new Set(files.map((f) => layerOf(f.file)))].sort()).toEqual(Object.keys(LAYER_RULES).sort());
  });

  it('has only the folder cycles KNOWN_CYCLES lists', () => {
    expect(cyclesOf(layerGraph(files))).toEqual(KNOWN_CYCLES.map((cycle) => [...cycle].sort()));
  });

  it('allows no edge the code does not use, so the table says what the code does', () => {
    const graph = layerGraph(files);
    const unused = Object.entries(LAYER_RULES).flatMap(([from, to]) =>
      to === '*' ? [] : to.filter((layer) => !graph.get(from)?.has(layer)).map((layer) => `${from} -> ${layer}`),
    );
    expect(unused).toEqual([]);
  });
});

describe('docs/architecture.md', () => {
  it("quotes LAYER_RULES as they are: the import-rules table says what the test enforces", () => {
    const text = readFileSync('docs/architecture.md', 'utf8');
    const section = text.slice(text.indexOf('## Import rules'));
    const rows = [...section.matchAll(/^\| ([a-z, ]+) \| ([^|]+) \|$/gm)].filter((row) => row[1] !== 'layer');
    expect(rows.length).toBeGreaterThan(10);
    const documented: Record<string, string[] | '*'> = {};
    for (const [, layers, allowed] of rows) {
      const list = allowed!.trim();
      for (const layer of layers!.split(',').map((name) => name.trim())) {
        documented[layer] = list === 'nothing of ours' ? [] : list === 'anything under src/' ? '*' : list.split(',').map((name) => name.trim()).sort();
      }
    }
    const enforced = Object.fromEntries(
      Object.entries(LAYER_RULES).map(([layer, allowed]) => [layer, allowed === '*' ? '*' : [...allowed].sort()]),
    );
    expect(documented).toEqual(enforced);
  });
});
