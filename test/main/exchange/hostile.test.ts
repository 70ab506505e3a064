import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, readZip } from '../../../src-main/exchange/zipReader';
import { listBackups } from '../../../src-main/store/backup';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { tempFolder } from '../../support/workspace';
import { recordSmallYear } from '../../support/year';
import { dumpEverything, machine, sharedClock } from './support';
import { hostileBundles, rawZip, zerosDeflated } from './hostileBundles';

describe('hostile and broken bundles', () => {
  it('refuses every bundle in the folder of hostile bundles, with its reason, and writes nothing', async () => {
    const now = sharedClock();
    const source = machine(now, 'source');
    const target = machine(now, 'target');
    const year = recordSmallYear(source.call, 'TRG-SOURCE');
    source.call('attachment.add', {
      workGroupId: year.workGroup.id,
      mimeType: 'image/png',
      dataBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    });
    const good = Buffer.from(
      (await source.callAsync('bundle.export', { workGroupId: year.workGroup.id })).dataBase64,
      'base64',
    );
    // The target already holds another group's year, and a merge of the source group from before.
    const otherYear = recordSmallYear(target.call, 'TRG-TARGET');

    const folder = join(tempFolder(), 'hostile-bundles');
    mkdirSync(folder);
    for (const bundle of await hostileBundles(good, {
      readingId: otherYear.reading.id,
      meetingId: otherYear.meeting.id,
    }))
      writeFileSync(join(folder, bundle.name), bundle.data);
    const refusals = Object.fromEntries(
      (await hostileBundles(good, { readingId: otherYear.reading.id, meetingId: otherYear.meeting.id })).map((b) => [
        b.name,
        b.refusal,
      ]),
    );

    const before = dumpEverything(target.store);
    const backups = listBackups(target.path).length;
    const files = readdirSync(folder).sort();
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const file of files) {
      const dataBase64 = readFileSync(join(folder, file)).toString('base64');
      for (const method of ['bundle.preview', 'bundle.import']) {
        const reply = await dispatchAsync(target.handlers, method, { dataBase64 });
        expect(reply.ok, `${file} was accepted by ${method}`).toBe(false);
        if (reply.ok) continue;
        expect(reply.error.message, file).toMatch(refusals[file]!);
        expect(reply.error.message, file).toMatch(/Nothing in the workspace has been changed\.$/);
      }
      expect(dumpEverything(target.store), `${file} changed the workspace`).toEqual(before);
    }
    expect(listBackups(target.path)).toHaveLength(backups);

    // And the good bundle it was all made from goes in.
    const accepted = await target.callAsync('bundle.import', { dataBase64: good.toString('base64') });
    expect(accepted.totals.added).toBeGreaterThan(10);
  });

  it('refuses, before inflating anything, a zip whose headers admit a bomb: too large, or packed a thousand times', async () => {
    const honest = (megabytes: number) => ({
      name: 'sheet.xml',
      data: zerosDeflated(megabytes),
      method: 8 as const,
      declaredSize: megabytes * 1024 * 1024,
    });
    // Packed a thousand times: a few MB of zeros would pass every size cap, but not the ratio.
    await expect(readZip(rawZip([honest(4)]), () => true)).rejects.toThrow(/times its packed size \(a "zip bomb"\)/);
    // Declared far beyond the caps: refused without inflating the 4,000 MB it claims.
    const started = performance.now();
    await expect(
      readZip(rawZip([{ ...honest(4), declaredSize: 4000 * 1024 * 1024 }]), () => true, {
        ...DEFAULT_ZIP_LIMITS,
        maxRatio: Infinity,
      }),
    ).rejects.toThrow(/one of its files unpacks to more than 64 MB/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stops inflating once the total passes its cap, whatever each entry claims', async () => {
    // Five entries of 8 MB each under a 30 MB total: refused while inflating the fourth (the ratio is not judged here).
    const entry = zerosDeflated(8);
    const zip = rawZip(
      Array.from({ length: 5 }, (_, i) => ({
        name: `part-${i}`,
        data: entry,
        method: 8 as const,
        declaredSize: 8 * 1024 * 1024,
      })),
    );
    await expect(
      readZip(zip, () => true, {
        maxRatio: Infinity,
        maxEntryBytes: 10 * 1024 * 1024,
        maxTotalBytes: 30 * 1024 * 1024,
        maxEntries: 10,
      }),
    ).rejects.toThrow(/unpacks to more than 30 MB in all/);
    await expect(
      readZip(zip, () => true, {
        maxRatio: Infinity,
        maxEntryBytes: 5 * 1024 * 1024,
        maxTotalBytes: 100 * 1024 * 1024,
        maxEntries: 10,
      }),
    ).rejects.toThrow(/one of its files unpacks to more than 5 MB/);
    await expect(
      readZip(zip, () => true, {
        maxRatio: Infinity,
        maxEntryBytes: 10 * 1024 * 1024,
        maxTotalBytes: 100 * 1024 * 1024,
        maxEntries: 3,
      }),
    ).rejects.toThrow(/more than 3 files/);
  });
});
