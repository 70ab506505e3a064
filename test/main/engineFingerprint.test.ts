import { appendFileSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_ENTRY, engineFingerprint, engineSources } from '../../scripts/engine-fingerprint';
import { tempFolder } from '../support/workspace';

/** The engine's own source files copied into a folder of their own, to change without touching the project. */
function copyOfTheEngine() {
  const root = tempFolder();
  for (const file of engineSources()) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    copyFileSync(file, join(root, file));
  }
  return root;
}

describe('the evaluation engine’s fingerprint', () => {
  it('covers the engine, its targets and the code that loads a Work Group for it, but not what only names types', () => {
    const sources = engineSources();
    expect(sources).toContain(ENGINE_ENTRY);
    for (const file of ['src-shared/evaluation/hub.ts', 'src-shared/evaluation/targets.ts']) {
      expect(sources).toContain(file);
    }
    // evaluation.ts imports only the type Handlers from handlers.ts, which would bring in every service.
    expect(sources).not.toContain('src-main/services/handlers.ts');
  });

  it('changes when any of the engine’s files changes or a file joins it, and only then', () => {
    const root = copyOfTheEngine();
    const original = engineFingerprint(root);
    expect(original).toMatch(/^[0-9a-f]{16}$/);
    expect(original).toBe(engineFingerprint());
    writeFileSync(join(root, 'src-shared/unrelated.ts'), 'export const unrelated = 1;\n');
    expect(engineFingerprint(root)).toBe(original);

    appendFileSync(join(root, 'src-shared/evaluation/targets.ts'), '\n// a changed target\n');
    const afterTargets = engineFingerprint(root);
    expect(afterTargets).not.toBe(original);

    appendFileSync(join(root, 'src-shared/evaluation/hub.ts'), "import '../unrelated';\n");
    expect(engineSources(root)).toContain('src-shared/unrelated.ts');
    expect(engineFingerprint(root)).not.toBe(afterTargets);
  });

  it('stops the build rather than miss a module it cannot find', () => {
    const root = copyOfTheEngine();
    appendFileSync(join(root, 'src-shared/evaluation/hub.ts'), "export { gone } from './gone';\n");
    expect(() => engineFingerprint(root)).toThrow(/cannot find "\.\/gone", imported by .*hub\.ts/);
  });
});
