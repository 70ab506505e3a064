import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';

// An encrypted bundle: the whole bundle (the zip of bundleFile.ts) sealed with AES-256-GCM under a key
// drawn by scrypt from the passphrase the group shares. The file is
//   MAGIC (16 bytes) | header length (4 bytes, big-endian) | header (JSON) | ciphertext | GCM tag (16 bytes)
// The header says, in the clear, how to open it (format, scrypt parameters, salt, nonce, a key check),
// and everything before the ciphertext is authenticated as additional data, so a changed parameter is
// caught like a changed byte of content. Since format 2 the header also labels the bundle for a
// shared-folder inbox, by ids and a time only (who sent it, for which Work Group and participant, when):
// no name, code or word of the year is in the clear.

export const SEALED_MAGIC = Buffer.from('WGE-SEALED-BNDL\n', 'latin1');
export const SEALED_FORMAT_VERSION = 2;
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 4096;

/** scrypt's cost for new bundles: 128 MB and about half a second, to slow anyone guessing a passphrase. */
const SCRYPT = { N: 2 ** 17, r: 8, p: 1 };
/** Memory scrypt may use (it needs 128·N·r bytes); a header asking for more is refused, not obeyed. */
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;

const base64Of = (bytes: number) =>
  z.base64().refine((text) => Buffer.from(text, 'base64').length === bytes, `must be ${bytes} bytes`);

/** The label in the clear: ids and a time, to list a bundle before it is opened. */
export const sealedLabel = z.strictObject({
  createdAt: z.string().max(40),
  /** The workspace that made it. */
  sourceWorkspaceId: z.uuid(),
  workGroupId: z.uuid(),
  /** The participant it is for (a pack, or a teacher's updates). */
  participantId: z.uuid().optional(),
  /** Set when the sending workspace is that participant's own (a teacher's updates). */
  fromParticipant: z.uuid().optional(),
});
export type SealedLabel = z.infer<typeof sealedLabel>;

const headerSchema = z.strictObject({
  /** Format 1 had no label; it is still read. */
  format: z.union([z.literal(1), z.literal(SEALED_FORMAT_VERSION)]),
  cipher: z.literal('aes-256-gcm'),
  kdf: z.literal('scrypt'),
  N: z
    .int()
    .min(2 ** 14)
    .max(2 ** 20)
    .refine((n) => (n & (n - 1)) === 0, 'must be a power of two'),
  r: z.int().min(1).max(32),
  p: z.int().min(1).max(4),
  salt: base64Of(16),
  nonce: base64Of(12),
  /** Part of what scrypt draws from the passphrase, so a wrong passphrase can be told from a changed file. */
  check: base64Of(16),
  label: sealedLabel.optional(),
});
type SealedHeader = z.infer<typeof headerSchema>;

/** Why an encrypted bundle cannot be opened, in words that finish "…cannot be imported because …". */
export class SealRefused extends Error {}

const deriveKey = promisify(scrypt) as (
  passphrase: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** The AES key and the key check, both drawn from the passphrase with the header's parameters. */
async function keysFor(passphrase: string, header: Pick<SealedHeader, 'N' | 'r' | 'p' | 'salt'>) {
  const { N, r, p } = header;
  // The same words typed on a Mac and on Windows may differ in Unicode form; NFC makes them one.
  const derived = await deriveKey(passphrase.normalize('NFC'), Buffer.from(header.salt, 'base64'), 64, {
    N,
    r,
    p,
    maxmem: MAX_SCRYPT_MEMORY + 1024 * 1024,
  });
  return {
    key: derived.subarray(0, 32),
    check: createHash('sha256').update(derived.subarray(32)).digest().subarray(0, 16),
  };
}

export const isSealed = (data: Buffer) => data.subarray(0, SEALED_MAGIC.length).equals(SEALED_MAGIC);

/** The bundle encrypted and authenticated under the passphrase. */
export async function sealBundle(plain: Buffer, passphrase: string, label: SealedLabel): Promise<Buffer> {
  const salt = randomBytes(16).toString('base64');
  const nonce = randomBytes(12);
  const { key, check } = await keysFor(passphrase, { ...SCRYPT, salt });
  const header: SealedHeader = {
    format: SEALED_FORMAT_VERSION,
    cipher: 'aes-256-gcm',
    kdf: 'scrypt',
    ...SCRYPT,
    salt,
    nonce: nonce.toString('base64'),
    check: check.toString('base64'),
    label,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const clear = Buffer.concat([SEALED_MAGIC, length, headerBytes]);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(clear);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([clear, body, cipher.getAuthTag()]);
}

/** The clear header of a sealed bundle, checked before any work is done on what it asks for. */
function readHeader(data: Buffer): { header: SealedHeader; clear: Buffer } {
  const start = SEALED_MAGIC.length + 4;
  if (data.length < start) throw new SealRefused('it is damaged or incomplete (perhaps it was not copied to the end)');
  const length = data.readUInt32BE(SEALED_MAGIC.length);
  if (length > MAX_HEADER_BYTES || data.length < start + length + TAG_BYTES)
    throw new SealRefused('it is damaged or incomplete (perhaps it was not copied to the end)');
  let raw: unknown;
  try {
    raw = JSON.parse(data.toString('utf8', start, start + length));
  } catch {
    throw new SealRefused('its encryption header is damaged');
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > SEALED_FORMAT_VERSION)
    throw new SealRefused(
      `it was encrypted by a newer version of Work Group Evaluator (encryption format ${format}; this version reads up to ${SEALED_FORMAT_VERSION}). Install the latest version and try again`,
    );
  const parsed = headerSchema.safeParse(raw);
  // Format 2 labels every bundle; format 1 had no label.
  if (!parsed.success || (parsed.data.format === 1) !== (parsed.data.label === undefined))
    throw new SealRefused('its encryption header is damaged');
  if (128 * parsed.data.N * parsed.data.r > MAX_SCRYPT_MEMORY)
    throw new SealRefused('its encryption header asks for more memory than any bundle needs (it was altered)');
  return { header: parsed.data, clear: data.subarray(0, start + length) };
}

/**
 * The label of a sealed bundle, read without its passphrase (undefined for format 1, which had none).
 * Not yet proved: opening the bundle proves it, with every other byte.
 */
export const sealedLabelOf = (data: Buffer): SealedLabel | undefined => readHeader(data).header.label;

/** The bundle inside a sealed file, once the passphrase has opened it and every byte has been proved unchanged. */
export async function openSealed(
  data: Buffer,
  passphrase: string | undefined,
): Promise<{ plain: Buffer; label: SealedLabel | undefined }> {
  const { header, clear } = readHeader(data);
  if (passphrase === undefined)
    throw new SealRefused(
      'it is encrypted and no bundle passphrase was given. Give the passphrase your group shares for bundles (it is not the workspace’s own passphrase) and try again',
    );
  const { key, check } = await keysFor(passphrase, header);
  if (!timingSafeEqual(check, Buffer.from(header.check, 'base64')))
    throw new SealRefused(
      'the bundle passphrase given does not open it. Check the passphrase with whoever made the bundle (it is the one your group shares for bundles, not the workspace’s own) and try again',
    );
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.nonce, 'base64'), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(clear);
  decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
  try {
    const plain = Buffer.concat([
      decipher.update(data.subarray(clear.length, data.length - TAG_BYTES)),
      decipher.final(),
    ]);
    return { plain, label: header.label };
  } catch {
    throw new SealRefused(
      'it was altered or damaged after it was made (its encryption check fails). Ask for the bundle to be exported again',
    );
  }
}
