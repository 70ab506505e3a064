import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../../src-shared/api/contract';
import { generateDemo } from '../../../src-main/demo/generate';
import { wge } from '../../support/cli';
import { readDocx, section } from '../../support/docx';
import { readWithOpenpyxl, records } from '../excel/openpyxl';
import { slideWithNotes } from './slideText';

// The themes in what leaves the app, read back by readers that share nothing with the writers
// (python-docx, openpyxl, the slides' own XML), on the group demo.

describe('themes in the outputs of the group demo', () => {
  const folder = mkdtempSync(join(tmpdir(), 'wge-theme-outputs-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const db = join(folder, 'demo.wgdb');
  let code: string;
  let figures: Output<'evaluation.themes'>;
  beforeAll(async () => {
    generateDemo(db, { scale: 'group', seed: 1 });
    code = (JSON.parse((await wge('workgroup', 'list', '--db', db, '--json')).out) as { code: string }[])[0]!.code;
    figures = JSON.parse((await wge('themes', '--db', db, '--work-group', code, '--json')).out);
  }, 60_000);
  const leading = () =>
    figures.themes
      .filter((t) => t.passages > 0)
      .sort((a, b) => b.passages - a.passages || b.records - a.records || a.name.localeCompare(b.name, 'en-GB'))
      .slice(0, 5);

  it('the report says what made a difference: the leading themes, their passages and the change beside them', async () => {
    const out = join(folder, 'report.docx');
    const run = await wge('export', 'report', '--db', db, '--work-group', code, '--out', out);
    expect(run.err).toEqual([]);
    const [blocks] = readDocx([out]);
    const part = section(blocks!, 'What made a difference');
    const table = part.find((b) => b.kind === 'table') as { rows: string[][] };
    expect(table.rows[0]).toEqual(['Theme', 'Passages', 'Records', 'Participants', 'Focus children', 'Schools']);
    expect(table.rows.slice(1).map((r) => [r[0], Number(r[1])])).toEqual(leading().map((t) => [t.name, t.passages]));
    const subheadings = part.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(subheadings).toEqual(leading().map((t) => t.name));
    const text = part.map((b) => ('text' in b ? b.text : '')).join('\n');
    // Each theme's change, with n, as an association.
    for (const t of leading()) expect(text).toContain(figures.change.find((c) => c.themeId === t.id)!.wording);
    expect(text).toMatch(/an association, not evidence that the theme caused the change/);
    // Every quote under a theme is one of that theme's coded passages, and each names its source.
    const file = new Database(db, { readonly: true });
    const words = new Set(
      (file.prepare('SELECT words FROM coded_passage WHERE deleted_at IS NULL').pluck().all() as string[]).map((w) =>
        w.replace(/“/g, '‘').replace(/”/g, '’'),
      ),
    );
    file.close();
    const quotes = part
      .filter((b) => b.kind === 'paragraph' && /^“.*”$/s.test(b.text))
      .map((b) => (b as { text: string }).text);
    expect(quotes.length).toBeGreaterThanOrEqual(leading().length);
    for (const q of quotes) expect(words, q).toContain(q.slice(1, -1));
    expect(part.filter((b) => b.kind === 'paragraph' && b.text.startsWith('— '))).toHaveLength(quotes.length);
  });

  it('the workbook carries the codebook, every coded passage and the theme × case matrices', async () => {
    const out = join(folder, 'summary.xlsx');
    const run = await wge('export', 'summary', '--db', db, '--work-group', code, '--out', out);
    expect(run.err).toEqual([]);
    const sheets = readWithOpenpyxl(out);
    const sheet = (name: string) => sheets.find((s) => s.name === name)!;
    const codebook = records(sheet('Codebook'));
    expect(codebook.map((r) => [r['Theme']!.v, r['Coded passages (including narrower themes)']!.v])).toEqual(
      figures.themes.map((t) => [t.name, t.passages]),
    );
    expect(codebook.find((r) => r['Theme']!.v === 'Stem sentences')!['Broader theme']!.v).toBe('Talk and language');
    const coded = records(sheet('Coded passages'));
    expect(coded).toHaveLength(figures.totals.passages);
    expect(coded.every((r) => typeof r['Passage']!.v === 'string' && String(r['Themes']!.v).length > 0)).toBe(true);
    const matrix = sheet('Theme × case');
    expect(Object.keys(matrix.tables).sort()).toEqual(['ThemeByFocusChild', 'ThemeByParticipant', 'ThemeBySchool']);
    const byParticipant = records(matrix, 2);
    expect(byParticipant).toHaveLength(figures.themes.length);
    figures.matrix.participant.cells.forEach((row, i) => {
      const cells = byParticipant[i]!;
      expect(cells['Theme']!.v).toBe(figures.themes[i]!.name);
      figures.matrix.participant.cases.forEach((c, j) => expect(cells[c.label]!.v, c.label).toBe(row[j]!.count));
    });
  });

  it('the slides have one of the leading themes, with a passage and the change in the notes', async () => {
    const out = join(folder, 'slides.pptx');
    const run = await wge('export', 'slides', '--db', db, '--work-group', code, '--out', out);
    expect(run.err).toEqual([]);
    const { words: found, notes } = await slideWithNotes(out, (words) => words.includes('What made a difference'));
    for (const t of leading()) expect(found).toContain(`${t.name}: ${t.passages} passages`);
    expect(notes).toContain('This is an association: it does not show that the theme caused the change.');
    expect(notes).toMatch(/: “[^”]+” \(/);
  });
});
