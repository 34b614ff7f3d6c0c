/** A configuration that cannot be used. Lists every problem, each with where it is. */
export interface ConfigIssue {
  /** Where in the file, as a reader would write it: `sources[3].select.date`. */
  path: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ConfigIssue[],
  ) {
    super(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${issues.map((i) => `  ${i.path || '(top level)'}: ${i.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** `['sources', 3, 'select', 'date']` → `sources[3].select.date` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
