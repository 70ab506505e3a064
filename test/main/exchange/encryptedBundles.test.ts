import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { SEALED_MAGIC, sealedLabelOf } from '../../../src-main/exchange/bundleCipher';
import { workspaceId } from '../../../src-main/exchange/workspace';
import { recordSmallYear } from '../../support/year';
import { dumpDomain, dumpEverything, machine, sharedClock, type Machine } from './support';

// Bundles sealed under the passphrase a Work Group shares: read back whole with it, refused without it
// or with any byte changed, and nothing of the year readable in the file.

const GROUP_PASSPHRASE = 'seven purple kites over Puddleby';

/** Words the year holds that must never be readable in a bundle's bytes: pen portrait, journal, names. */
const SECRETS = [
  'Reluctant to explain',
  'relies on counting',
  'quadrilateral of equivalence',
  'began to reason aloud',
  'Ms Sample Teacher',
  'Reasoning about fractions in Key Stage 2',
  'Puddleby Lane Test Primary',
];

async function leadAndSchool() {
  const now = sharedClock();
  const lead = machine(now, 'lead-laptop');
  const school = machine(now, 'school-laptop');
  const year = recordSmallYear(lead.call);
  return { lead, school, year };
}

const exportFrom = async (from: Machine, workGroupId: string, bundlePassphrase?: string) =>
  Buffer.from(
    (
      await from.callAsync('bundle.export', {
        workGroupId,
        allowFlagged: true,
        ...(bundlePassphrase ? { bundlePassphrase } : {}),
      })
    ).dataBase64,
    'base64',
  );

/** Imports on `to` expecting a refusal: the message, and proof that nothing in the file changed. */
async function refusedOn(to: Machine, data: Buffer, bundlePassphrase?: string): Promise<string> {
  const before = dumpEverything(to.store);
  const reply = await dispatchAsync(to.handlers, 'bundle.import', {
    dataBase64: data.toString('base64'),
    ...(bundlePassphrase ? { bundlePassphrase } : {}),
  });
  expect(reply.ok).toBe(false);
  expect(dumpEverything(to.store)).toEqual(before);
  return reply.ok ? '' : reply.error.message;
}

/** Where the clear header ends and the ciphertext begins. */
const bodyStart = (sealed: Buffer) => SEALED_MAGIC.length + 4 + sealed.readUInt32BE(SEALED_MAGIC.length);

describe('encrypted bundles', () => {
  it('carry a Work Group whole when the same passphrase opens them, and say they were encrypted', async () => {
    const { lead, school, year } = await leadAndSchool();
    const sealed = await exportFrom(lead, year.workGroup.id, GROUP_PASSPHRASE);
    const dataBase64 = sealed.toString('base64');

    const preview = await school.callAsync('bundle.preview', { dataBase64, bundlePassphrase: GROUP_PASSPHRASE });
    expect(preview).toMatchObject({ encrypted: true, workGroupCode: 'TRG-2025-01' });
    const imported = await school.callAsync('bundle.import', { dataBase64, bundlePassphrase: GROUP_PASSPHRASE });
    expect(imported.encrypted).toBe(true);
    expect(imported.totals.added).toBeGreaterThan(10);
    expect(dumpDomain(school.store)).toEqual(dumpDomain(lead.store));

    const again = await school.callAsync('bundle.import', { dataBase64, bundlePassphrase: GROUP_PASSPHRASE });
    expect(again.totals).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
  }, 60_000);

  it('hold no word of a pen portrait, a journal or a name in their bytes', async () => {
    const { lead, year } = await leadAndSchool();
    // The open bundle does hold them, once unzipped: the words are the right ones to look for.
    const open = await JSZip.loadAsync(await exportFrom(lead, year.workGroup.id));
    const content = await open.file('content.json')!.async('string');
    for (const secret of SECRETS) expect(content).toContain(secret);

    const sealed = await exportFrom(lead, year.workGroup.id, GROUP_PASSPHRASE);
    await expect(JSZip.loadAsync(sealed)).rejects.toThrow();
    for (const encoding of ['utf8', 'latin1', 'utf16le'] as const) {
      const text = sealed.toString(encoding).toLowerCase();
      for (const secret of SECRETS) expect(text).not.toContain(secret.toLowerCase());
      expect(text).not.toContain('trg-2025-01');
    }
    // The clear header says how to open it, and labels it by ids and a time only (for an inbox to list).
    const header = JSON.parse(sealed.toString('utf8', SEALED_MAGIC.length + 4, bodyStart(sealed))) as object;
    expect(Object.keys(header).sort()).toEqual([
      'N',
      'check',
      'cipher',
      'format',
      'kdf',
      'label',
      'nonce',
      'p',
      'r',
      'salt',
    ]);
    expect(header).toMatchObject({ format: 2, cipher: 'aes-256-gcm', kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(sealedLabelOf(sealed)).toEqual({
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      sourceWorkspaceId: workspaceId(lead.store),
      workGroupId: year.workGroup.id,
    });
    // A fresh salt and nonce every time: the same year never encrypts to the same bytes.
    const twice = await exportFrom(lead, year.workGroup.id, GROUP_PASSPHRASE);
    expect(twice.subarray(bodyStart(twice))).not.toEqual(sealed.subarray(bodyStart(sealed)));
  }, 60_000);

  it('are refused, with the workspace unchanged, for a wrong or missing passphrase or any changed byte', async () => {
    const { lead, school, year } = await leadAndSchool();
    const sealed = await exportFrom(lead, year.workGroup.id, GROUP_PASSPHRASE);

    expect(await refusedOn(school, sealed, 'seven purple kites over Puddleb')).toMatch(
      /^This bundle cannot be imported because the bundle passphrase given does not open it\. Check the passphrase with whoever made the bundle .* Nothing in the workspace has been changed\.$/,
    );
    expect(await refusedOn(school, sealed)).toMatch(/because it is encrypted and no bundle passphrase was given/);

    const altered =
      /because it was altered or damaged after it was made \(its encryption check fails\)\. Ask for the bundle to be exported again/;
    const changedAt = (offset: number) => {
      const copy = Buffer.from(sealed);
      copy[offset]! ^= 0x01;
      return copy;
    };
    // In the header: the nonce's first character (still a valid nonce, so only the authentication can tell).
    const nonceAt = sealed.indexOf('"nonce":"') + '"nonce":"'.length;
    const nonce = Buffer.from(sealed);
    nonce[nonceAt] = nonce[nonceAt] === 0x41 ? 0x42 : 0x41;
    expect(await refusedOn(school, nonce, GROUP_PASSPHRASE)).toMatch(altered);
    // In the header: the format, which parses no longer.
    expect(await refusedOn(school, changedAt(SEALED_MAGIC.length + 6), GROUP_PASSPHRASE)).toMatch(
      /because its encryption header is damaged/,
    );
    // In the ciphertext, first and last byte, and in the tag.
    expect(await refusedOn(school, changedAt(bodyStart(sealed)), GROUP_PASSPHRASE)).toMatch(altered);
    expect(await refusedOn(school, changedAt(sealed.length - 17), GROUP_PASSPHRASE)).toMatch(altered);
    expect(await refusedOn(school, changedAt(sealed.length - 1), GROUP_PASSPHRASE)).toMatch(altered);
    // Cut short, as a copy that stopped part-way.
    expect(await refusedOn(school, sealed.subarray(0, sealed.length - 40), GROUP_PASSPHRASE)).toMatch(altered);
    expect(await refusedOn(school, sealed.subarray(0, 30), GROUP_PASSPHRASE)).toMatch(/damaged or incomplete/);

    // Still whole: the same file imports once the right passphrase is given.
    const imported = await school.callAsync('bundle.import', {
      dataBase64: sealed.toString('base64'),
      bundlePassphrase: GROUP_PASSPHRASE,
    });
    expect(imported.totals.added).toBeGreaterThan(10);
  }, 120_000);

  it('refuse a header that asks scrypt for more memory than any bundle needs, before deriving anything', async () => {
    const { lead, school, year } = await leadAndSchool();
    const sealed = await exportFrom(lead, year.workGroup.id, GROUP_PASSPHRASE);
    const start = SEALED_MAGIC.length + 4;
    const header = JSON.parse(sealed.toString('utf8', start, bodyStart(sealed))) as Record<string, unknown>;
    const greedy = Buffer.from(JSON.stringify({ ...header, N: 2 ** 20, r: 32 }));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(greedy.length);
    const hostile = Buffer.concat([SEALED_MAGIC, length, greedy, sealed.subarray(bodyStart(sealed))]);
    expect(await refusedOn(school, hostile, GROUP_PASSPHRASE)).toMatch(/asks for more memory than any bundle needs/);
  }, 60_000);

  it('are made only under a passphrase of at least 8 characters', async () => {
    const { lead, year } = await leadAndSchool();
    const reply = await dispatchAsync(lead.handlers, 'bundle.export', {
      workGroupId: year.workGroup.id,
      bundlePassphrase: 'short',
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(/at least 8 characters.*Nothing has been exported\.$/);
  });

  it('leave open bundles importable, marked as not encrypted', async () => {
    const { lead, school, year } = await leadAndSchool();
    const open = await exportFrom(lead, year.workGroup.id);
    const imported = await school.callAsync('bundle.import', { dataBase64: open.toString('base64') });
    expect(imported.encrypted).toBe(false);
    expect(dumpDomain(school.store)).toEqual(dumpDomain(lead.store));
  });
});
