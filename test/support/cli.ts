import { main } from '../../src-main/cli/main';

/** Runs a `wge` command line in-process: its exit code, what it printed, and its error lines. */
export async function wge(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err };
}

/** `wge workgroup add` with fictional details, for tests that need a Work Group to work on. */
export const addWorkGroup = (db: string, code: string, { name = 'Mastery in Year 3', options = [] as string[] } = {}) =>
  wge(
    'workgroup',
    'add',
    '--db',
    db,
    ...options,
    '--code',
    code,
    '--name',
    name,
    '--year',
    '2025/26',
    '--project',
    'Primary Teaching for Mastery Development',
    '--lead',
    'Ms Example Lead',
  );
