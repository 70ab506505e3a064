import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../../src-shared/api/contract';
import { generateDemo } from '../../../src-main/demo/generate';
import { wge } from '../../support/cli';

/** The Work Group of the code given: the demo has three, each with its own codebook. */
const OF_GROUP = '(SELECT id FROM work_group WHERE code = ?)';

describe('wge themes on the group demo', () => {
  let db: string;
  let code: string;
  // One demo for all three tests (the support's temp folders go after each test).
  const folder = mkdtempSync(join(tmpdir(), 'wge-themes-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  beforeAll(() => {
    db = join(folder, 'demo.wgdb');
    generateDemo(db, { scale: 'group', seed: 1 });
    const file = new Database(db, { readonly: true });
    code = (file.prepare('SELECT code FROM work_group').get() as { code: string }).code;
    file.close();
  }, 60_000);

  it('lists at least eight themes with counts equal to a plain SQL count of coded passages', async () => {
    const run = await wge('themes', '--db', db, '--work-group', code, '--json');
    expect(run.err).toEqual([]);
    const figures = JSON.parse(run.out) as Output<'evaluation.themes'>;
    const coding = figures.themes.filter((t) => t.passages > 0);
    expect(coding.length).toBeGreaterThanOrEqual(8);

    // Counted straight from the file: the live passages carrying each live theme, or a live narrower
    // theme under it (a broader theme's count includes its narrower themes'), each passage once.
    const file = new Database(db, { readonly: true });
    const counts = file
      .prepare(
        `SELECT t.name, count(DISTINCT p.id) AS n FROM theme t
         JOIN coded_passage p ON p.deleted_at IS NULL AND EXISTS (
           SELECT 1 FROM json_each(p.theme_ids) coded JOIN theme c ON c.id = coded.value AND c.deleted_at IS NULL
           WHERE c.id = t.id OR c.parent_id = t.id)
         WHERE t.deleted_at IS NULL AND t.work_group_id = ${OF_GROUP} GROUP BY t.id ORDER BY t.name`,
      )
      .all(code) as { name: string; n: number }[];
    const own = file
      .prepare(
        `SELECT t.name, count(p.id) AS n FROM theme t
         JOIN coded_passage p ON p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM json_each(p.theme_ids) WHERE value = t.id)
         WHERE t.deleted_at IS NULL AND t.name = 'Talk and language' AND t.work_group_id = ${OF_GROUP} GROUP BY t.id`,
      )
      .get(code) as { n: number } | undefined;
    const total = (
      file
        .prepare(`SELECT count(*) AS n FROM coded_passage WHERE deleted_at IS NULL AND work_group_id = ${OF_GROUP}`)
        .get(code) as {
        n: number;
      }
    ).n;
    file.close();
    expect(Object.fromEntries(coding.map((t) => [t.name, t.passages]))).toEqual(
      Object.fromEntries(counts.map((c) => [c.name, c.n])),
    );
    expect(figures.totals.passages).toBe(total);
    // The demo codes passages to "Stem sentences" and "Talk partners", under "Talk and language":
    // the broader theme counts them beside the few coded to it alone.
    const talk = figures.themes.find((t) => t.name === 'Talk and language')!;
    expect(talk.passages).toBeGreaterThan(own?.n ?? 0);
    // A realistic share, not everything: the demo's year has hundreds of records.
    expect(total).toBeGreaterThan(100);
  });

  it('prints each theme with its counts, narrower themes under broader ones', async () => {
    const run = await wge('themes', '--db', db, '--work-group', code);
    expect(run.err).toEqual([]);
    const lines = run.out.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${code}: .+: 17 themes, \\d+ coded passages$`));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Representations\s+\d+/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}Bar models\s+[1-9]\d*\s+\d+/));
  });

  it('rolls the themes up across the hub, and refuses a muddled command', async () => {
    const hub = await wge('themes', '--db', db, '--hub', '--json');
    const result = JSON.parse(hub.out) as Output<'evaluation.hubThemes'>;
    // The demo's model Work Group, and its second-year group with last year's.
    expect(result.workGroups).toBe(3);
    expect(result.themes).toHaveLength(17);
    expect(await wge('themes', '--db', db)).toMatchObject({
      code: 2,
      err: ['wge: Give either --work-group CODE or --hub.'],
    });
  });
});
