#!/usr/bin/env node
// `npm start` and `npm test` on a fresh machine with only Node and npm: bring pnpm and the
// workspace's dependencies in place, then hand over to pnpm/turbo. Plain Node on purpose:
// nothing is installed yet when this runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = packageManager.replace(/^pnpm@/, '');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function fail(message) {
  process.stderr.write(`\n✖ ${message}\n`);
  process.exit(1);
}

function succeeds(command, args) {
  return spawnSync(command, args, { cwd: root, stdio: 'ignore' }).status === 0;
}

function ensureNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node ${process.versions.node} is too old: Diplomacy Graph needs Node 20.19 or newer.`);
  }
}

// corepack is not usable everywhere (its signature check fails offline), so install pnpm with npm.
function ensurePnpm() {
  if (succeeds('pnpm', ['--version'])) return;
  console.log(`Installing pnpm ${pnpmVersion} with npm…`);
  if (run('npm', ['install', '--global', `pnpm@${pnpmVersion}`]) !== 0) {
    fail(`Could not install pnpm. Install it yourself: npm install -g pnpm@${pnpmVersion}`);
  }
}

function installDependencies() {
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  if (run('pnpm', ['install', ...frozen]) !== 0) fail('pnpm install failed (see above).');
}

// Browser tests drive the system's Chromium; Debian's package is the one known to work offline.
function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && succeeds('apt-get', ['--version'])) {
    console.log('Installing Chromium from Debian packages for the browser tests…');
    if (
      run('apt-get', ['update', '-qq']) === 0 &&
      run('apt-get', ['install', '-y', '-qq', 'chromium']) === 0
    ) {
      return;
    }
  }
  fail(
    `Chromium is needed for the browser tests and was not found at ${chromiumPath}.\n` +
      '  Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.',
  );
}

const tasks = {
  start() {
    if (run('pnpm', ['turbo', 'run', 'build', '--filter=@diplomacy-graph/dashboard']) !== 0) {
      fail('Building the dashboard failed (see above).');
    }
    return run('pnpm', ['--filter', '@diplomacy-graph/api', 'start']);
  },
  test() {
    ensureChromium();
    if (run('pnpm', ['lint']) !== 0)
      fail('Lint failed (see above); `pnpm format` fixes most of it.');
    return run('pnpm', ['turbo', 'run', 'typecheck', 'test', '--concurrency=2']);
  },
};

const task = tasks[process.argv[2]];
if (!task) fail(`Unknown task "${process.argv[2]}". Use: start, test.`);
ensureNode();
ensurePnpm();
installDependencies();
process.exit(task());
