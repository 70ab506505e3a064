import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

// LibreOffice as an independent reader: how many pages a document prints to. Needs Debian's
// libreoffice-*-nogui and poppler-utils; if they are missing the test fails and says so.

export function printedPages(document: string): number {
  const out = mkdtempSync(join(tmpdir(), 'wge-print-'));
  try {
    const convert = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(out, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        document,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (convert.error || convert.status !== 0)
      throw new Error(
        `LibreOffice could not print ${document}: install libreoffice-calc-nogui. ${convert.stderr ?? ''}`,
      );
    const pdf = join(out, basename(document).replace(/\.[^.]+$/, '.pdf'));
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = /^Pages:\s+(\d+)/m.exec(info.stdout ?? '');
    if (!pages) throw new Error(`pdfinfo could not read ${pdf}: install poppler-utils. ${info.stderr ?? ''}`);
    return Number(pages[1]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
