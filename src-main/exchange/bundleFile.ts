import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { z } from 'zod';
import { DomainError } from '../../src-shared/api/errors';
import { baseColumns, EXCHANGE_TABLE, EXCHANGE_TABLES, type Row } from './tables';
import { ERASED_COLUMNS } from '../services/erasure';
import { isSealed, openSealed, SealRefused, type SealedLabel } from './bundleCipher';
import { DEFAULT_ZIP_LIMITS, readZip, ZipRefused, type ZipLimits } from './zipReader';

// The bundle file: a zip holding
//   manifest.json       what it is (magic, versions, source workspace, Work Group), the SHA-256 of content.json,
//                       and its own SHA-256 (of itself without that field), so neither can be altered unnoticed
//   content.json        the rows, table by table, with every version of each row the sender knows
//   attachments/<uuid>  the images, each named by its row's id and checked against its SHA-256 in content.json
// sealed whole, when a passphrase is given, by bundleCipher.ts.

export const BUNDLE_MAGIC = 'work-group-evaluator-bundle';
/**
 * Format 2 puts the manifest inside the checksum. Format 1 bundles are refused, not read: their
 * manifest (which Work Group, which workspace) could be changed unnoticed, and reading them would
 * leave that open to anyone who writes "formatVersion": 1. A Lead exports again after updating.
 */
export const BUNDLE_FORMAT_VERSION = 2;
export const BUNDLE_EXTENSION = 'wgbundle';

const MANIFEST = 'manifest.json';
const CONTENT = 'content.json';
const ATTACHMENT = /^attachments\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

const manifestSchema = z.object({
  magic: z.string(),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  schemaVersion: z.int().min(1),
  createdAt: z.string(),
  sourceWorkspaceId: z.uuid(),
  workGroupId: z.uuid(),
  workGroupCode: z.string(),
  workGroupName: z.string(),
  participantId: z.uuid().optional(),
  /** A participant pack: the group's frame (owned by the Lead) with one participant's own records. */
  pack: z.literal(true).optional(),
  /** The sending workspace is this participant's own (a teacher's updates). */
  fromParticipant: z.uuid().optional(),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  rowCounts: z.record(z.string(), z.int()),
  manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BundleManifest = z.infer<typeof manifestSchema>;

const contentSchema = z.strictObject({
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown())).max(1_000_000)),
  /** table -> row id -> every version (hash) of that row the sender has held, sent or received. */
  versions: z.record(z.string(), z.record(z.string(), z.array(z.string().max(64)).max(10_000))),
});

export interface BundleRow {
  row: Row;
  /** Versions the sender knows, its own current one included. */
  known: string[];
}

export interface Bundle {
  manifest: BundleManifest;
  checksum: string;
  /** Whether it came sealed under the group's bundle passphrase (an open one is read, with a warning). */
  encrypted: boolean;
  /** Table name -> rows, in EXCHANGE_TABLES order. Attachment rows carry their bytes in `data`. */
  tables: Map<string, BundleRow[]>;
}

/** Refusing a bundle: the message says why, and that nothing changed. */
export const refuse = (why: string) =>
  new DomainError(
    'invalid_input',
    `This bundle cannot be imported because ${why}. Nothing in the workspace has been changed.`,
  );

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** The manifest's own checksum: of the manifest as JSON without that field (as parsed, so spacing does not count). */
const manifestChecksum = (manifest: Record<string, unknown>) =>
  sha256(JSON.stringify({ ...manifest, manifestSha256: undefined }));

/** The manifest with its own checksum set. */
export const sealManifest = <M extends Record<string, unknown>>(manifest: M) => ({
  ...manifest,
  manifestSha256: manifestChecksum(manifest),
});

/** What the exporter says of a bundle; the rest of the manifest is worked out from its content. */
export type ManifestInput = Omit<
  BundleManifest,
  'magic' | 'formatVersion' | 'contentSha256' | 'rowCounts' | 'manifestSha256'
>;

export async function writeBundle(manifest: ManifestInput, tables: Map<string, BundleRow[]>): Promise<Buffer> {
  const zip = new JSZip();
  const content: z.infer<typeof contentSchema> = { tables: {}, versions: {} };
  for (const [table, rows] of tables) {
    content.tables[table] = rows.map(({ row }) => {
      if (table !== 'attachment') return row;
      const { data, ...rest } = row as Row & { data: Buffer };
      zip.file(`attachments/${String(row['id'])}`, data);
      return { ...rest, sha256: sha256(data) };
    });
    content.versions[table] = Object.fromEntries(rows.map(({ row, known }) => [String(row['id']), known]));
  }
  const contentText = JSON.stringify(content);
  zip.file(CONTENT, contentText);
  const full: BundleManifest = sealManifest({
    magic: BUNDLE_MAGIC,
    formatVersion: BUNDLE_FORMAT_VERSION,
    ...manifest,
    contentSha256: sha256(contentText),
    rowCounts: Object.fromEntries([...tables].map(([t, rows]) => [t, rows.length])),
  });
  zip.file(MANIFEST, JSON.stringify(full, null, 2));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

const parseJson = (data: Buffer | undefined, what: string): unknown => {
  if (!data) throw refuse(`it has no ${what} (it is not a Work Group Evaluator bundle, or it is damaged)`);
  try {
    return JSON.parse(data.toString('utf8'));
  } catch {
    throw refuse(`its ${what} is damaged`);
  }
};

/**
 * Reads and checks a bundle file: the container, the manifest, the checksum and every row's shape.
 * What the rows point to is checked against the workspace by the merge.
 */
export async function readBundle(
  file: Buffer,
  local: { schemaVersion: number; columns: (table: string) => Map<string, { notnull: boolean; hasDefault: boolean }> },
  { passphrase, limits = DEFAULT_ZIP_LIMITS }: { passphrase?: string | undefined; limits?: ZipLimits } = {},
): Promise<Bundle> {
  const encrypted = isSealed(file);
  let data = file;
  let label: SealedLabel | undefined;
  try {
    if (encrypted) ({ plain: data, label } = await openSealed(file, passphrase));
  } catch (error) {
    if (error instanceof SealRefused) throw refuse(error.message);
    throw error;
  }
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50)
    throw refuse('it is not a Work Group Evaluator bundle (choose a .wgbundle file made by “Export bundle”)');
  let entries: Map<string, Buffer>;
  try {
    entries = await readZip(data, (name) => name === MANIFEST || name === CONTENT || ATTACHMENT.test(name), limits);
  } catch (error) {
    if (error instanceof ZipRefused) throw refuse(error.message);
    throw error;
  }

  const rawManifest = parseJson(entries.get(MANIFEST), 'description (manifest)');
  if ((rawManifest as { magic?: unknown } | null)?.magic !== BUNDLE_MAGIC)
    throw refuse('it is not a Work Group Evaluator bundle (its manifest does not say so)');
  const formatVersion = (rawManifest as { formatVersion?: unknown }).formatVersion;
  if (typeof formatVersion === 'number' && formatVersion > BUNDLE_FORMAT_VERSION)
    throw refuse(
      `it was made by a newer version of Work Group Evaluator (bundle format ${formatVersion}; this version reads up to ${BUNDLE_FORMAT_VERSION}). Install the latest version and try again`,
    );
  if (typeof formatVersion === 'number' && formatVersion < BUNDLE_FORMAT_VERSION)
    throw refuse(
      `it was made by an earlier version of Work Group Evaluator (bundle format ${formatVersion}), whose bundles cannot be checked in full. Update Work Group Evaluator on the computer that made it, export the bundle again and import the new one`,
    );
  const parsedManifest = manifestSchema.safeParse(rawManifest);
  if (!parsedManifest.success) throw refuse('its description (manifest) is damaged');
  const manifest = parsedManifest.data;
  if (manifestChecksum(rawManifest as Record<string, unknown>) !== manifest.manifestSha256)
    throw refuse('its description (manifest) does not match its checksum: it was damaged or altered after it was made');
  if (label && !sameLabel(label, labelOf(manifest)))
    throw refuse('its label (who sent it, for which Work Group) does not match what it holds');
  if (manifest.schemaVersion > local.schemaVersion)
    throw refuse(
      `it comes from a workspace saved by a newer version of Work Group Evaluator (workspace format ${manifest.schemaVersion}; this version reads up to ${local.schemaVersion}). Install the latest version and try again`,
    );

  const contentData = entries.get(CONTENT);
  if (!contentData) throw refuse('it has no content (it is damaged)');
  const checksum = sha256(contentData);
  if (checksum !== manifest.contentSha256)
    throw refuse('its checksum does not match its content: it was damaged or altered after it was made');
  const parsedContent = contentSchema.safeParse(parseJson(contentData, 'content'));
  if (!parsedContent.success) throw refuse('its content is damaged');
  const content = parsedContent.data;

  const attachmentsUsed = new Set<string>();
  /** Every id in the bundle, with the label of its record: an id names one record, whatever its table. */
  const seen = new Map<string, string>();
  const tables = new Map<string, BundleRow[]>();
  for (const name of Object.keys(content.tables)) {
    if (!EXCHANGE_TABLE.has(name)) throw refuse(`it holds a kind of record this version does not know ("${name}")`);
  }
  for (const spec of EXCHANGE_TABLES) {
    const rows = content.tables[spec.table] ?? [];
    const columns = local.columns(spec.table);
    const checked = rows.map((incoming): BundleRow => {
      const row: Row = { ...incoming };
      const what = `a ${spec.label} in it`;
      const base = baseColumns.safeParse(row);
      if (!base.success) throw refuse(`${what} ${base.error.issues[0]!.message} (${String(row['id'])})`);
      const id = base.data.id;
      const twin = seen.get(id);
      if (twin === spec.label) throw refuse(`${what} appears twice (${id})`);
      if (twin) throw refuse(`two of its records share one id (a ${twin} and a ${spec.label}, ${id})`);
      seen.set(id, spec.label);
      if (spec.table === 'attachment') {
        const file = `attachments/${id}`;
        const bytes = entries.get(file);
        if (!bytes) throw refuse(`the image ${id} is missing from it`);
        if (sha256(bytes) !== row['sha256']) throw refuse(`the image ${id} in it does not match its checksum`);
        attachmentsUsed.add(file);
        delete row['sha256'];
        row['data'] = bytes;
      }
      for (const [column, value] of Object.entries(row)) {
        if (!columns.has(column)) throw refuse(`${what} has a field this version does not know ("${column}")`);
        const plain =
          value === null ||
          typeof value === 'string' ||
          (typeof value === 'number' && Number.isFinite(value)) ||
          Buffer.isBuffer(value);
        if (!plain) throw refuse(`${what} has a damaged field ("${column}", ${id})`);
      }
      for (const [column, info] of columns) {
        if (!(column in row) && info.notnull && !info.hasDefault)
          throw refuse(`${what} lacks the field "${column}" (${id})`);
      }
      let problem: z.ZodError | undefined;
      try {
        problem = spec.validate(row);
      } catch {
        throw refuse(`${what} has a damaged field (${id})`);
      }
      if (problem) {
        const issue = problem.issues[0]!;
        throw refuse(`${what} is not valid: ${issue.message} (field ${issue.path.join('.') || '?'}, ${id})`);
      }
      const words = wordsLeftInErased(spec.table, row);
      if (words) throw refuse(`${what} is marked erased but ${words}`);
      const known = content.versions[spec.table]?.[id] ?? [];
      return { row, known };
    });
    if (checked.length > 0) tables.set(spec.table, checked);
  }
  for (const name of entries.keys()) {
    if (ATTACHMENT.test(name) && !attachmentsUsed.has(name)) throw refuse(`it holds a file no record uses ("${name}")`);
  }
  return { manifest, checksum, encrypted, tables };
}

/** What a sealed bundle's clear label says of this manifest. */
export const labelOf = (manifest: ManifestInput): SealedLabel => ({
  createdAt: manifest.createdAt,
  sourceWorkspaceId: manifest.sourceWorkspaceId,
  workGroupId: manifest.workGroupId,
  ...(manifest.participantId ? { participantId: manifest.participantId } : {}),
  ...(manifest.fromParticipant ? { fromParticipant: manifest.fromParticipant } : {}),
});

const sameLabel = (a: SealedLabel, b: SealedLabel) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * An erased row carries no words: it is in the Trash and holds in each erased field exactly what
 * erasing writes there. Says what is wrong with one that does not, or undefined.
 */
function wordsLeftInErased(table: string, row: Row): string | undefined {
  if (!row['erased_at']) return undefined;
  if (!row['deleted_at']) return `is not in the Trash (${String(row['id'])})`;
  for (const [column, erased] of Object.entries(ERASED_COLUMNS.get(table) ?? {})) {
    const value = row[column] ?? null;
    const same = Buffer.isBuffer(erased) ? Buffer.isBuffer(value) && erased.equals(value) : value === erased;
    if (!same) return `still holds what was written ("${column}", ${String(row['id'])})`;
  }
  return undefined;
}
