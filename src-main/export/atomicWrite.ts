import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Writes beside the target and renames, so a crash or an error never leaves half a document. */
export function writeFileAtomically(path: string, data: Buffer | Uint8Array): void {
  const temporary = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
