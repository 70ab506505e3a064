// better-sqlite3 is a native addon built per runtime. Node (tests, CLI, browser mode) uses the
// copy in node_modules/better-sqlite3; the desktop app uses its own Electron build, kept apart in
// node_modules/.wge-native/electron, so switching between `npm test` and `npm start` never rebuilds.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const addon = join(root, 'node_modules/better-sqlite3');
const electronDir = join(root, 'node_modules/.wge-native/electron');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function forNode() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    encoding: 'utf8',
  });
  if (probe.status === 0) return;
  console.log('Building the SQLite module for Node (this takes a minute or two)…');
  run('npm', ['rebuild', 'better-sqlite3'], { cwd: root, shell: process.platform === 'win32' });
}

function forElectron() {
  let version;
  try {
    require('electron'); // throws when the Electron binary was not downloaded
    version = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  } catch {
    console.error(
      'The Electron runtime is not installed on this machine, so the desktop window cannot start.\n' +
        'Everything else works: open the app in your browser with "npm run serve -- --db FILE".\n' +
        'To get the desktop app, run "npm install" on a machine that can download Electron.',
    );
    process.exit(1);
  }
  const stamp = join(electronDir, 'electron-version');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return;
  console.log(`Building the SQLite module for Electron ${version} (this takes a minute or two)…`);
  const work = join(root, 'node_modules/.wge-native/build');
  rmSync(work, { recursive: true, force: true });
  cpSync(addon, work, { recursive: true, filter: (src) => !src.includes(`${addon}/build`) });
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
  );
  mkdirSync(electronDir, { recursive: true });
  cpSync(join(work, 'build/Release/better_sqlite3.node'), join(electronDir, 'better_sqlite3.node'));
  writeFileSync(stamp, version);
  rmSync(work, { recursive: true, force: true });
}

const runtime = process.argv[2];
if (runtime === 'node') forNode();
else if (runtime === 'electron') forElectron();
else {
  console.error('Usage: node scripts/native.js node|electron');
  process.exit(2);
}
