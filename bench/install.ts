/** The other tools, installed by the bench itself: linkinator from npm, LinkChecker and urlwatch from Debian. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

function have(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function installTools(toolsDir: string, log: (line: string) => void): { linkinator: boolean; linkchecker: boolean; urlwatch: boolean } {
  // linkinator 7.6.x is the newest that runs on Node 20.
  if (!existsSync(path.join(toolsDir, 'node_modules/linkinator/package.json'))) {
    log('installing linkinator@7.6.1 into bench/.tools');
    try {
      execFileSync('npm', ['install', '--prefix', toolsDir, '--no-audit', '--no-fund', '--no-save', 'linkinator@7.6.1'], { stdio: 'ignore' });
    } catch (error) {
      log(`  could not install linkinator: ${(error as Error).message}`);
    }
  }
  const missing = ['linkchecker', 'urlwatch'].filter((command) => !have(command));
  if (missing.length > 0) {
    log(`installing ${missing.join(', ')} from Debian`);
    try {
      execFileSync('sh', ['-c', `apt-get install -y -qq ${missing.join(' ')} >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq ${missing.join(' ')} >/dev/null 2>&1)`], { stdio: 'ignore' });
    } catch (error) {
      log(`  could not install ${missing.join(', ')}: ${(error as Error).message}`);
    }
  }
  return {
    linkinator: existsSync(path.join(toolsDir, 'node_modules/linkinator/package.json')),
    linkchecker: have('linkchecker'),
    urlwatch: have('urlwatch'),
  };
}
