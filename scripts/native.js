// The SQLite module (better-sqlite3-multiple-ciphers: SQLite with SQLCipher-compatible encryption) is
// a native addon built per runtime. Node (tests, CLI, browser mode) uses the copy in its own folder
// under node_modules; the desktop app uses its own Electron build, kept apart in
// node_modules/.wge-native/electron, so switching between `npm test` and `npm start` never rebuilds.
// `npm run package` builds the Electron copy through electron-builder's beforePack hook (before-pack.js).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const SQLITE_MODULE = 'better-sqlite3-multiple-ciphers';
const addon = join(root, 'node_modules', SQLITE_MODULE);
/** Where the desktop app finds its build while developing; an installed app has it among its resources. */
const electronAddon = join(root, 'node_modules/.wge-native/electron/better_sqlite3.node');

function run(command, args, options = {}, hint = '') {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`The SQLite module could not be built (the messages above say why).${hint}`);
}

function forNode() {
  const probe = spawnSync(process.execPath, ['-e', `new (require('${SQLITE_MODULE}'))(':memory:').close()`], {
    cwd: root,
    encoding: 'utf8',
  });
  if (probe.status === 0) return;
  console.log('Building the SQLite module for Node (this takes a minute or two)…');
  run('npm', ['rebuild', SQLITE_MODULE], { cwd: root, shell: process.platform === 'win32' });
}

/** The Electron version in node_modules (what `npm start` runs). */
const electronVersion = () =>
  JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

/**
 * Builds the addon for this Electron version on this machine's architecture, unless that build is
 * already there. Fetches Electron's headers once, so it needs the network the first time.
 */
export function buildForElectron(version) {
  const moduleVersion = JSON.parse(readFileSync(join(addon, 'package.json'), 'utf8')).version;
  const built = `${SQLITE_MODULE} ${moduleVersion} for Electron ${version} on ${process.platform}-${process.arch}`;
  const stamp = join(electronAddon, '../built-for');
  if (existsSync(electronAddon) && existsSync(stamp) && readFileSync(stamp, 'utf8') === built) return;
  console.log(`Building the SQLite module for Electron ${version} (this takes a minute or two)…`);
  const work = join(root, 'node_modules/.wge-native/build');
  rmSync(work, { recursive: true, force: true });
  cpSync(addon, work, { recursive: true, filter: (src) => !src.startsWith(join(addon, 'build')) });
  const env = { ...process.env };
  delete env.npm_config_nodedir; // Node's headers must not be used for Electron
  run(
    process.execPath,
    [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${version}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, env },
    " The build for Electron downloads Electron's headers from electronjs.org the first time: connect to the internet and try again.",
  );
  mkdirSync(join(electronAddon, '..'), { recursive: true });
  cpSync(join(work, 'build/Release/better_sqlite3.node'), electronAddon);
  writeFileSync(stamp, built);
  rmSync(work, { recursive: true, force: true });
}

function forElectron() {
  try {
    require('electron'); // throws when the Electron binary was not downloaded
  } catch {
    console.error(
      'The Electron runtime is not installed on this machine, so the desktop window cannot start.\n' +
        'Everything else works: open the app in your browser with "npm run serve -- --db FILE".\n' +
        'To get the desktop app, run "npm install" on a machine that can download Electron.',
    );
    process.exit(1);
  }
  buildForElectron(electronVersion());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runtime = process.argv[2];
  if (runtime !== 'node' && runtime !== 'electron') {
    console.error('Usage: node scripts/native.js node|electron');
    process.exit(2);
  }
  try {
    if (runtime === 'node') forNode();
    else forElectron();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
