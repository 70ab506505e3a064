#!/usr/bin/env node
// The `wge` command: runs the built command line (npm run build makes it).
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('wge: the app is not built yet. Run "npm run build" in the project folder, then try again.');
  process.exit(1);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
