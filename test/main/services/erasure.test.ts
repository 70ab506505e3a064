import { createCanvas } from '@napi-rs/canvas';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wge } from '../../support/cli';
import { recordSmallYear } from '../../support/year';
import { join } from 'node:path';
import { createHandlers } from '../../../src-main/services/handlers';
import { openStore } from '../../../src-main/store/store';
import { caller, tempFolder, tempWorkspace } from '../../support/workspace';
import { carry, dumpDomain, sharedByTwoComputers } from '../exchange/support';

/** The smallest whole PNG: one transparent pixel. */
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Whether a word is anywhere in the workspace's files on disk (the database and its write-ahead log). */
const onDisk = (path: string, word: string) =>
  [path, `${path}-wal`].some(
    (file) => existsSync(file) && readFileSync(file).toString('latin1').toLowerCase().includes(word.toLowerCase()),
  );

describe('erasing for good what is in the Trash', () => {
  it('takes the words out of the workspace file, keeps the rows as erased, and cannot be undone', () => {
    const { path, store, call, attempt } = tempWorkspace();
    const year = recordSmallYear(call);
    const { id, createdAt: _c, updatedAt: _u, workGroupId: _w, ...child } = year.child;
    void [_c, _u, _w];
    call('focusChild.update', { id, ...child, penPortraitStart: 'Quokkaberry finds place value hard.' });
    const { id: obsId, createdAt: _oc, updatedAt: _ou, workGroupId: _ow, ...observation } = year.observation;
    void [_oc, _ou, _ow];
    const work = createCanvas(40, 20);
    work.getContext('2d').fillRect(0, 0, 20, 10);
    const picture = work.toBuffer('image/png');
    const photo = call('attachment.add', {
      workGroupId: year.workGroup.id,
      mimeType: 'image/png',
      dataBase64: picture.toString('base64'),
    });
    call('observation.update', {
      id: obsId,
      ...observation,
      text: 'Wombatfizz check: explained halves.',
      attachmentId: photo.id,
    });
    call('focusChild.delete', { id });
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    // The words are in the file while the child is only in the Trash (the test would see them).
    expect(onDisk(path, 'Quokkaberry')).toBe(true);
    expect(onDisk(path, 'Wombatfizz')).toBe(true);

    expect(call('trash.erase', { ids: [id] })).toEqual({ erased: 3 });

    for (const word of ['Quokkaberry', 'Wombatfizz']) expect(onDisk(path, word)).toBe(false);
    expect(call('trash.list', {}).map((item) => item.id)).not.toContain(id);
    expect(call('search.query', { text: 'Quokkaberry' }).hits).toEqual([]);
    // The rebuilt file's search index still finds, and forgets, the records that remain.
    expect(call('search.query', { text: 'quadrilateral' }).hits.map((hit) => hit.id)).toEqual([year.journalEntry.id]);
    call('journalEntry.delete', { id: year.journalEntry.id });
    expect(call('search.query', { text: 'quadrilateral' }).hits).toEqual([]);
    expect(attempt('focusChild.restore', { id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const row = store.db.prepare('SELECT * FROM focus_child WHERE id = ?').get(id) as Record<string, unknown>;
    expect(row).toMatchObject({ code: year.child.code, pen_portrait_start: '', desired_change: '' });
    expect(row['erased_at']).toEqual(expect.any(String));
    const erasedObservation = store.db.prepare('SELECT text FROM observation WHERE id = ?').get(obsId);
    expect(erasedObservation).toEqual({ text: 'Erased' });
    // The photo of the child's work goes too: a blank picture takes its place.
    const erasedPhoto = store.db.prepare('SELECT data, erased_at FROM attachment WHERE id = ?').get(photo.id) as {
      data: Buffer;
      erased_at: string | null;
    };
    expect(erasedPhoto.erased_at).toEqual(expect.any(String));
    expect(erasedPhoto.data.equals(Buffer.from(PIXEL, 'base64'))).toBe(true); // one blank pixel

    // Erased already: refused, with nothing changed.
    const before = JSON.stringify(store.db.prepare('SELECT * FROM focus_child').all());
    expect(attempt('trash.erase', { ids: [id] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(attempt('trash.erase', { ids: [] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(store.db.prepare('SELECT * FROM focus_child').all())).toBe(before);
  });

  it('erases everything in the Trash at once', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    call('reading.delete', { id: year.reading.id });
    call('focusChild.delete', { id: year.child.id });
    expect(call('trash.list', {})).toHaveLength(2);
    expect(call('trash.erase', { everything: true }).erased).toBeGreaterThanOrEqual(3);
    expect(call('trash.list', {})).toEqual([]);
    expect(call('trash.erase', { everything: true })).toEqual({ erased: 0 });
  });

  it('is there on the command line too: wge trash list and erase', async () => {
    const { path, call, store } = tempWorkspace();
    const year = recordSmallYear(call);
    call('reading.delete', { id: year.reading.id });
    store.close();
    const listed = await wge('trash', 'list', '--db', path);
    expect(listed.out).toContain(`${year.reading.id}\t`);
    expect(listed.out).toContain(`\treading\t${year.reading.citation}`);
    expect((await wge('trash', 'erase', '--db', path)).code).toBe(2);
    expect((await wge('trash', 'erase', '--db', path, '--id', year.reading.id, '--everything')).code).toBe(2);
    const erased = await wge('trash', 'erase', '--db', path, '--id', year.reading.id);
    expect(erased).toMatchObject({ code: 0, out: expect.stringMatching(/^Erased 1 record for good\./) });
    expect((await wge('trash', 'list', '--db', path)).out).toBe('The Trash is empty.');
    const again = await wge('trash', 'erase', '--db', path, '--id', year.reading.id);
    expect(again.code).toBe(1);
    expect(again.err.join('\n')).toMatch(/no longer in the Trash/);
  });

  it('erases a deleted Work Group whole: its names, words and images', () => {
    const { path, store, call } = tempWorkspace();
    const year = recordSmallYear(call);
    const image = call('attachment.add', { workGroupId: year.workGroup.id, mimeType: 'image/png', dataBase64: PIXEL });
    call('judgement.set', {
      workGroupId: year.workGroup.id,
      subject: 'standard:pupil_outcomes',
      rating: 'green',
      narrative: 'Platypusdawn: the pupils reason aloud now.',
      evidence: [],
    });
    call('workGroup.delete', { id: year.workGroup.id });
    const { erased } = call('trash.erase', { ids: [year.workGroup.id] });
    expect(erased).toBeGreaterThan(8);
    for (const word of ['Ms Sample Teacher', 'Reluctant to explain', 'quadrilateral of equivalence', 'Platypusdawn'])
      expect(onDisk(path, word)).toBe(false);
    expect(store.db.prepare('SELECT name, lead_name FROM work_group WHERE id = ?').get(year.workGroup.id)).toEqual({
      name: 'Erased',
      lead_name: 'Erased',
    });
    const blank = store.db.prepare('SELECT erased_at FROM attachment WHERE id = ?').get(image.id) as {
      erased_at: string | null;
    };
    expect(blank.erased_at).toEqual(expect.any(String));
  });

  it('leaves an encrypted workspace encrypted, and opening only with its passphrase', () => {
    const path = join(tempFolder(), 'locked.wgdb');
    const store = openStore(path, { passphrase: 'correct horse battery' });
    try {
      const call = caller(createHandlers(store));
      const year = recordSmallYear(call);
      call('journalEntry.delete', { id: year.journalEntry.id });
      // The entry, and the passage coded in it (which holds some of its words).
      expect(call('trash.erase', { ids: [year.journalEntry.id] })).toEqual({ erased: 2 });
    } finally {
      store.close();
    }
    expect(() => openStore(path)).toThrow(/protected by a passphrase/);
    const reopened = openStore(path, { passphrase: 'correct horse battery' });
    try {
      expect(reopened.db.prepare('SELECT text FROM journal_entry').all()).toEqual([{ text: 'Erased' }]);
    } finally {
      reopened.close();
    }
  });

  it('takes with it the other version a conflict kept', async () => {
    const { lead, school, year } = await sharedByTwoComputers();
    const { createdAt: _c, updatedAt: _u, workGroupId: _w, ...entry } = year.journalEntry;
    void [_c, _u, _w];
    school.call('journalEntry.update', { ...entry, text: 'Echidnaloop: the school’s version.' });
    lead.call('journalEntry.update', { ...entry, text: 'The Lead’s version.' });
    await carry(lead, school, year.workGroup.id);
    expect(school.call('conflict.list', {})).toHaveLength(1);

    school.call('journalEntry.delete', { id: entry.id });
    school.call('trash.erase', { ids: [entry.id] });
    expect(school.call('conflict.list', { includeResolved: true })).toEqual([]);
    expect(onDisk(school.path, 'Echidnaloop')).toBe(false);
  });

  it('travels in bundles and is final: the other computer erases too, and an older copy never brings it back', async () => {
    const { lead, school, year } = await sharedByTwoComputers();
    const groupId = year.workGroup.id;

    // The school edits the journal entry; meanwhile the Lead deletes it and erases it for good.
    const { createdAt: _c, updatedAt: _u, workGroupId: _w, ...entry } = year.journalEntry;
    void [_c, _u, _w];
    school.call('journalEntry.update', { ...entry, text: 'Numbatglow: edited at school after the erasure.' });
    lead.call('journalEntry.delete', { id: entry.id });
    lead.call('trash.erase', { ids: [entry.id] });

    // The school's bundle does not bring the words back to the Lead, and raises no conflict.
    const atLead = await carry(school, lead, groupId);
    expect(atLead.totals.conflicts).toBe(0);
    expect(lead.call('conflict.list', { includeResolved: true })).toEqual([]);
    expect(onDisk(lead.path, 'Numbatglow')).toBe(false);

    // The Lead's bundle erases the school's copy: the two agree, and the school's words are gone.
    const atSchool = await carry(lead, school, groupId);
    expect(atSchool.totals).toMatchObject({ conflicts: 0, erased: 2 });
    expect(atSchool.tables.find((c) => c.table === 'journal_entry')).toMatchObject({ erased: 1, updated: 0 });
    // The passage coded in the entry went with it, and is erased with it: it held some of its words.
    expect(atSchool.tables.find((c) => c.table === 'coded_passage')).toMatchObject({ erased: 1, updated: 0 });
    expect(dumpDomain(school.store)).toEqual(dumpDomain(lead.store));
    expect(school.call('journalEntry.list', { workGroupId: groupId }).map((e) => e.id)).not.toContain(entry.id);
    expect(
      school.store.db
        .prepare('SELECT text, erased_at IS NOT NULL AS erased FROM journal_entry WHERE id = ?')
        .get(entry.id),
    ).toEqual({ text: 'Erased', erased: 1 });
    expect(onDisk(school.path, 'Numbatglow')).toBe(false);
  });

  it('erases a whole Work Group on the other computer through a bundle of the erased group', async () => {
    const { lead, school, year } = await sharedByTwoComputers();
    const groupId = year.workGroup.id;
    expect(onDisk(school.path, 'Reluctant to explain')).toBe(true);

    lead.call('workGroup.delete', { id: groupId });
    lead.call('trash.erase', { ids: [groupId] });
    const arrived = await carry(lead, school, groupId);
    expect(arrived.totals.erased).toBeGreaterThan(8);
    expect(school.call('workGroup.list', { includeArchived: true })).toEqual([]);
    expect(school.call('trash.list', {})).toEqual([]);
    for (const words of ['Reluctant to explain', 'Ms Sample Teacher']) expect(onDisk(school.path, words)).toBe(false);
    expect(dumpDomain(school.store)).toEqual(dumpDomain(lead.store));
  });
});
