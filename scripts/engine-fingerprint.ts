// The evaluation engine's fingerprint: a hash of the source of every module a Work Group's hub figures
// are worked out by, so that figures kept in a workspace (migration 009) by one version of the app
// are never read by another that would work them out differently. It follows the imports from the
// evaluation service rather than naming folders, so it stays right as modules move. The builds
// (electron.vite.config.ts) and the test and bench runs (vitest.config.ts, vitest.bench.config.ts)
// define it as WGE_ENGINE_FINGERPRINT.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Where the hub figures are worked out: the engine and the code that reads a Work Group's records for it. */
export const ENGINE_ENTRY = 'src-main/services/evaluation.ts';

// Relative imports that run code: `import … from`, `export … from`, `import '…'` and `import('…')`,
// but not `import type`, which leaves nothing behind at run time.
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function resolveImport(from: string, specifier: string): string {
  const path = join(dirname(from), specifier.split('?')[0]!);
  const found = [path, `${path}.ts`, `${path}.tsx`, join(path, 'index.ts')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
  // A module the fingerprint cannot see could change the figures unnoticed: stop the build instead.
  if (!found) throw new Error(`engine fingerprint: cannot find "${specifier}", imported by ${from}`);
  return found;
}

/** The source files the engine runs, from the entry, relative to `root` and sorted. */
export function engineSources(root = process.cwd(), entry = ENGINE_ENTRY): string[] {
  const seen = new Set<string>();
  const waiting = [join(root, entry)];
  while (waiting.length > 0) {
    const file = waiting.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const pattern of [STATIC_IMPORT, DYNAMIC_IMPORT]) {
      for (const [, specifier] of source.matchAll(pattern)) waiting.push(resolveImport(file, specifier!));
    }
  }
  return [...seen].map((file) => relative(root, file).split('\\').join('/')).sort();
}

/** Sixteen hex digits that change whenever any of the engine's source files changes, is added or goes. */
export function engineFingerprint(root = process.cwd(), entry = ENGINE_ENTRY): string {
  const hash = createHash('sha256');
  for (const file of engineSources(root, entry)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
