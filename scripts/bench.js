// npm run bench [-- --out FILE.json]: builds the app if needed, then runs the benchmark suite
// (test/bench) with vitest, one measurement after another so they do not compete for the 2 cores.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['scripts/native.js', 'node']);
if (!existsSync(join(root, 'out/main/cli.js'))) run('npx', ['electron-vite', 'build']);
run('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts'], values.out ? { WGE_BENCH_OUT: values.out } : {});
