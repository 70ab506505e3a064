import { createHash } from 'node:crypto';
import { constants, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { sealManifest } from '../../../src-main/exchange/bundleFile';

// Builders of hostile and broken bundles, made in code from a good one, each with the refusal it must
// meet. The zip writer is hand-made because ordinary zip libraries will not write what attackers do.

interface RawEntry {
  name: string;
  data: Buffer;
  /** 0 stored, 8 deflated (data is then the raw deflate stream). */
  method?: 0 | 8;
  /** What the headers claim; a bomb lies here. */
  declaredSize?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip exactly as described: names, methods and sizes are not checked or cleaned. */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.method ?? 0;
    const crc = method === 0 ? crc32(entry.data) : 0;
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12); // 1 January 1980
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A raw deflate stream that inflates to `megabytes` MB of zeros from about a kilobyte per MB: one
 * flushed block of a megabyte of zeros, repeated (each copy only refers back to zeros), then an
 * empty final block.
 */
export function zerosDeflated(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00])]);
}

export interface Unpacked {
  manifest: Record<string, unknown>;
  content: { tables: Record<string, Record<string, unknown>[]>; versions: Record<string, unknown> };
  attachments: Map<string, Buffer>;
}

export async function unpack(bundle: Buffer): Promise<Unpacked> {
  const zip = await JSZip.loadAsync(bundle);
  const attachments = new Map<string, Buffer>();
  for (const file of Object.values(zip.files)) {
    if (file.name.startsWith('attachments/') && !file.dir) attachments.set(file.name, await file.async('nodebuffer'));
  }
  return {
    manifest: JSON.parse(await zip.file('manifest.json')!.async('string')) as Unpacked['manifest'],
    content: JSON.parse(await zip.file('content.json')!.async('string')) as Unpacked['content'],
    attachments,
  };
}

/** Packs a (changed) bundle again; with `reseal` its checksums are recomputed, as a careful forger would. */
export function repack(bundle: Unpacked, options: { reseal?: boolean; extra?: RawEntry[] } = {}): Buffer {
  const content = Buffer.from(JSON.stringify(bundle.content));
  const manifest = options.reseal
    ? sealManifest({ ...bundle.manifest, contentSha256: createHash('sha256').update(content).digest('hex') })
    : bundle.manifest;
  return rawZip([
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) },
    { name: 'content.json', data: content },
    ...[...bundle.attachments].map(([name, data]) => ({ name, data })),
    ...(options.extra ?? []),
  ]);
}

export interface HostileBundle {
  name: string;
  data: Buffer;
  refusal: RegExp;
}

/** The folder of hostile bundles, each built from a good bundle of the given Work Group. */
export async function hostileBundles(
  good: Buffer,
  other: { readingId: string; meetingId: string },
): Promise<HostileBundle[]> {
  const fresh = () => unpack(good);
  /** The good bundle with these fields changed in the first row of a table, resealed. */
  const withFirstRow = async (table: string, fields: Record<string, unknown>) => {
    const bundle = await fresh();
    Object.assign(bundle.content.tables[table]![0]!, fields);
    return repack(bundle, { reseal: true });
  };
  const list: HostileBundle[] = [];
  const add = (name: string, data: Buffer, refusal: RegExp) => list.push({ name, data, refusal });

  add(
    'not-a-zip.wgbundle',
    Buffer.from('Dear colleague, please find our Work Group attached.'),
    /not a Work Group Evaluator bundle/,
  );

  const wrongMagic = await fresh();
  wrongMagic.manifest['magic'] = 'some-other-app-export';
  add('wrong-magic.wgbundle', repack(wrongMagic), /not a Work Group Evaluator bundle/);

  add('truncated.wgbundle', good.subarray(0, Math.floor(good.length * 0.6)), /damaged or incomplete/);

  const altered = await fresh();
  altered.content.tables['journal_entry']![0]!['text'] = 'Quietly altered on the USB stick.';
  add('bad-checksum.wgbundle', repack(altered), /checksum does not match/);

  const newerFormat = await fresh();
  newerFormat.manifest['formatVersion'] = 99;
  add('newer-format.wgbundle', repack(newerFormat), /newer version of Work Group Evaluator \(bundle format 99/);

  const newerSchema = await fresh();
  newerSchema.manifest['schemaVersion'] = 999;
  add(
    'newer-schema.wgbundle',
    repack(newerSchema, { reseal: true }),
    /newer version of Work Group Evaluator \(workspace format 999/,
  );

  const climbing = await fresh();
  add(
    'path-traversal.wgbundle',
    repack(climbing, { extra: [{ name: '../evil', data: Buffer.from('#!/bin/sh\n') }] }),
    /a path that climbs out of the bundle \("\.\.\/evil"\)/,
  );
  const deepClimbing = await fresh();
  add(
    'path-traversal-in-attachments.wgbundle',
    repack(deepClimbing, { extra: [{ name: 'attachments/../../evil', data: Buffer.from('x') }] }),
    /a path that climbs out of the bundle/,
  );

  const absolute = await fresh();
  add(
    'absolute-path.wgbundle',
    repack(absolute, { extra: [{ name: '/etc/passwd', data: Buffer.from('root:x:0:0::/root:/bin/sh\n') }] }),
    /an absolute path \("\/etc\/passwd"\)/,
  );

  // 4 GB of zeros from 4 MB, claiming to be a few bytes: refused while inflating, long before the end.
  const bomb = await fresh();
  const bombContent = rawZip([
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(bomb.manifest)) },
    { name: 'content.json', data: zerosDeflated(4096), method: 8, declaredSize: 2048 },
  ]);
  add('zip-bomb.wgbundle', bombContent, /unpacks to more than 64 MB \(a "zip bomb"\)/);

  const badRow = await fresh();
  badRow.content.tables['journal_entry']![0]!['date'] = 'the Tuesday after half term';
  add(
    'row-fails-schema.wgbundle',
    repack(badRow, { reseal: true }),
    /journal entry in it is not valid: Date must be a date/,
  );

  const measure = await fresh();
  const observation = measure.content.tables['observation']![0]!;
  observation['measure_scale'] = '';
  add(
    'measure-without-scale.wgbundle',
    repack(measure, { reseal: true }),
    /observation in it is not valid: A measure needs its scale/,
  );

  const dangling = await fresh();
  dangling.content.tables['journal_entry']![0]!['meeting_id'] = '0b0e2d1c-7a55-4c1e-9d8a-7f00c0ffee01';
  add(
    'dangling-reference.wgbundle',
    repack(dangling, { reseal: true }),
    /refers to a meeting that is neither in the bundle nor in this workspace \(0b0e2d1c-7a55-4c1e-9d8a-7f00c0ffee01\)/,
  );

  const danglingList = await fresh();
  danglingList.content.tables['journal_entry']![0]!['reading_ids'] = JSON.stringify([
    '0b0e2d1c-7a55-4c1e-9d8a-7f00c0ffee02',
  ]);
  add(
    'dangling-reference-in-list.wgbundle',
    repack(danglingList, { reseal: true }),
    /refers to a reading that is neither/,
  );

  // A row claiming the id of another Work Group's reading in the workspace, to overwrite it.
  const hijack = await fresh();
  const reading = hijack.content.tables['reading']![0]!;
  const oldId = reading['id'];
  reading['id'] = other.readingId;
  for (const entry of hijack.content.tables['journal_entry']!)
    entry['reading_ids'] = String(entry['reading_ids']).replace(String(oldId), other.readingId);
  for (const meeting of hijack.content.tables['meeting']!)
    meeting['reading_ids'] = String(meeting['reading_ids']).replace(String(oldId), other.readingId);
  add('overwrites-another-group.wgbundle', repack(hijack, { reseal: true }), /another Work Group/);

  // A column name that would be SQL if it were ever pasted into a statement.
  const injected = await fresh();
  injected.content.tables['reading']![0]!["summary = 'x'; DROP TABLE work_group; --"] = 'x';
  add('unknown-column.wgbundle', repack(injected, { reseal: true }), /a field this version does not know/);

  const stranger = await fresh();
  stranger.content.tables['sqlite_master'] = [];
  add('unknown-table.wgbundle', repack(stranger, { reseal: true }), /a kind of record this version does not know/);

  const noManifest = await fresh();
  add(
    'no-manifest.wgbundle',
    rawZip([{ name: 'content.json', data: Buffer.from(JSON.stringify(noManifest.content)) }]),
    /no description \(manifest\)/,
  );

  // The manifest says which Work Group and which workspace a bundle is from: it is inside the checksum.
  const renamed = await fresh();
  renamed.manifest['workGroupName'] = 'Quietly renamed on the USB stick';
  add('manifest-altered.wgbundle', repack(renamed), /its description \(manifest\) does not match its checksum/);

  // Bundles of format 1 kept their manifest outside the checksum, so they are refused rather than trusted.
  const previous = await fresh();
  previous.manifest['formatVersion'] = 1;
  delete previous.manifest['manifestSha256'];
  add('previous-format.wgbundle', repack(previous), /an earlier version of Work Group Evaluator \(bundle format 1\)/);

  // A pupil's name where a code belongs: the app refuses it when typed, and so when it arrives.
  add(
    'focus-child-named.wgbundle',
    await withFirstRow('focus_child', { code: 'AMELIA' }),
    /the focus child “Focus child AMELIA” \(.{36}\) in it breaks a rule: A focus child is recorded with a code, never a name\. “AMELIA” looks like a first name/,
  );

  // The same in the Trash, where a restore could bring it back.
  add(
    'focus-child-named-in-trash.wgbundle',
    await withFirstRow('focus_child', { code: 'AMELIA', deleted_at: '2025-12-01T10:00:00.000Z' }),
    /the focus child “Focus child AMELIA” \(.{36}\) in it breaks a rule: A focus child is recorded with a code, never a name\./,
  );

  // A fourth focus child for one participant.
  const crowded = await fresh();
  const children = crowded.content.tables['focus_child']!;
  const first = children[0]!;
  for (const [i, id] of [
    '6a1f0c3e-0d1b-4b7e-9a51-0c0ffee00001',
    '6a1f0c3e-0d1b-4b7e-9a51-0c0ffee00002',
    '6a1f0c3e-0d1b-4b7e-9a51-0c0ffee00003',
  ].entries())
    children.push({ ...first, id, code: `EXTRA-${i + 1}` });
  add(
    'four-focus-children.wgbundle',
    repack(crowded, { reseal: true }),
    /the focus child “Focus child EXTRA-\d” .* breaks a rule: A participant follows at most three focus children/,
  );

  // Marked erased, yet still holding the words: they would stay in the workspace, and searchable.
  add(
    'erased-with-words.wgbundle',
    await withFirstRow('journal_entry', {
      erased_at: '2025-12-01T10:00:00.000Z',
      deleted_at: '2025-12-01T10:00:00.000Z',
    }),
    /a journal entry in it is marked erased but still holds what was written \("text", .{36}\)/,
  );
  add(
    'erased-but-live.wgbundle',
    await withFirstRow('reading', { erased_at: '2025-12-01T10:00:00.000Z', citation: 'Erased', link: '', summary: '' }),
    /a reading in it is marked erased but is not/,
  );

  // One id for two records: the reading takes the meeting's id.
  const twins = await fresh();
  twins.content.tables['reading']![0]!['id'] = twins.content.tables['meeting']![0]!['id'];
  add(
    'one-id-two-tables.wgbundle',
    repack(twins, { reseal: true }),
    /two of its records share one id \(a reading and a meeting/,
  );

  // A new reading taking the id of a meeting already in the workspace (another Work Group's).
  const borrowed = await fresh();
  const borrowedReading = borrowed.content.tables['reading']![0]!;
  const borrowedId = String(borrowedReading['id']);
  borrowedReading['id'] = other.meetingId;
  for (const table of ['journal_entry', 'meeting'])
    for (const row of borrowed.content.tables[table]!)
      row['reading_ids'] = String(row['reading_ids']).replace(borrowedId, other.meetingId);
  add(
    'id-of-another-table.wgbundle',
    repack(borrowed, { reseal: true }),
    /a reading in it has the id of a meeting already in this workspace/,
  );

  return list;
}
