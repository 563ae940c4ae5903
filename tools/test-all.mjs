#!/usr/bin/env node
/**
 * `npm test`: everything, on a fresh machine. Installs the npm dependencies when they are
 * missing, checks for Chromium (installing Debian's package when it can, or saying exactly what
 * is missing), runs every Vitest project, and ends with one line: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = (command, args, options = {}) => spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });

const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  console.log('Installing npm dependencies…');
  if (run('npm', ['ci', '--no-audit', '--no-fund']).status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log('Chromium is missing; installing Debian\'s chromium package…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!existsSync(chromiumPath)) {
    console.error(
      `The browser tests need Chromium at ${chromiumPath}, and it is missing.\n` +
        '  On Debian or Ubuntu: sudo apt-get install chromium\n' +
        '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.',
    );
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync(path.join(root, 'test-results'), { recursive: true });
const report = path.join(root, 'test-results', 'vitest.json');
const vitest = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);

let passed = 0;
let failed = vitest.status === 0 ? 0 : 1;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  // A file that fails to load counts as a failure even though it holds no failed test.
  failed = results.numFailedTests + (results.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  if (vitest.status !== 0 && failed === 0) failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(vitest.status ?? 1);
