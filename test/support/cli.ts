import { main } from '../../src-main/cli/main';

/** Runs a `wge` command line in-process: its exit code, what it printed, and its error lines. */
export async function wge(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err };
}
