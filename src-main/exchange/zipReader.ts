import JSZip from 'jszip';

// Reads a zip (a bundle, an .xlsx) without trusting it: only the names it may hold, the sizes it
// declares judged before anything is inflated, and every entry inflated under a cap that is checked
// chunk by chunk while inflating, so a zip bomb stops early even when its headers lie.

export interface ZipLimits {
  /** Largest size any one entry may inflate to. */
  maxEntryBytes: number;
  /** Largest size all entries together may inflate to. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Largest packing ratio of an entry over a megabyte: ordinary files pack tens of times, a bomb a thousand. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 500 * 1024 * 1024,
  maxEntries: 20_000,
  maxRatio: 500,
};

export class ZipRefused extends Error {}
/** Refused for what it would unpack to, rather than for being damaged or strange. */
export class ZipTooLarge extends ZipRefused {}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const entryTooBig = (limits: ZipLimits) =>
  new ZipTooLarge(`one of its files unpacks to more than ${mb(limits.maxEntryBytes)} (a "zip bomb")`);
const totalTooBig = (limits: ZipLimits) =>
  new ZipTooLarge(`it unpacks to more than ${mb(limits.maxTotalBytes)} in all (a "zip bomb")`);

/** The sizes an entry's headers declare (JSZip keeps them, untyped); a bomb may lie, so inflating checks again. */
const declaredSizes = (file: JSZip.JSZipObject) =>
  (file as unknown as { _data: { compressedSize?: number; uncompressedSize?: number } })._data;

/** JSZip reads a 32-bit size as signed: 4 GB claimed comes back negative. */
const unsigned = (size = 0) => (size < 0 ? size + 2 ** 32 : size);

/** Refuses, before inflating anything, a zip whose own headers admit it is too large or packed like a bomb. */
function judgeDeclared(files: JSZip.JSZipObject[], limits: ZipLimits): void {
  let total = 0;
  for (const file of files) {
    const declared = declaredSizes(file) ?? {};
    const compressedSize = unsigned(declared.compressedSize);
    const uncompressedSize = unsigned(declared.uncompressedSize);
    total += uncompressedSize;
    if (uncompressedSize > limits.maxEntryBytes) throw entryTooBig(limits);
    if (uncompressedSize > 1024 * 1024 && uncompressedSize > compressedSize * limits.maxRatio)
      throw new ZipTooLarge(
        `one of its files unpacks to ${Math.round(uncompressedSize / Math.max(compressedSize, 1))} times its packed size (a "zip bomb")`,
      );
  }
  if (total > limits.maxTotalBytes) throw totalTooBig(limits);
}

/** Why a name may not be unpacked, or undefined when it is a plain relative name. */
export function unsafeName(name: string): string | undefined {
  if (/^([/\\]|[a-zA-Z]:)/.test(name)) return `an absolute path ("${name}")`;
  if (name.split(/[/\\]/).some((part) => part === '..')) return `a path that climbs out of the bundle ("${name}")`;
  if (name.includes('\\') || name.includes('\0')) return `a malformed name ("${name}")`;
  return undefined;
}

function inflate(file: JSZip.JSZipObject, limits: ZipLimits, total: { bytes: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let stopped = false;
    // internalStream is JSZip's own chunked reader (used by its nodeStream), missing from its types.
    const stream = (
      file as unknown as { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> }
    ).internalStream('uint8array');
    const stop = (error: Error) => {
      if (stopped) return;
      stopped = true;
      stream.pause();
      reject(error);
    };
    stream.on('data', (chunk: Uint8Array) => {
      if (stopped) return;
      size += chunk.length;
      total.bytes += chunk.length;
      if (size > limits.maxEntryBytes) return stop(entryTooBig(limits));
      if (total.bytes > limits.maxTotalBytes) return stop(totalTooBig(limits));
      chunks.push(Buffer.from(chunk));
    });
    stream.on('error', () => stop(new ZipRefused('it is damaged or incomplete (a file inside cannot be unpacked)')));
    stream.on('end', () => {
      if (!stopped) resolve(Buffer.concat(chunks, size));
    });
    stream.resume();
  });
}

/**
 * The entries of a zip by name, each checked by `allowedName` before anything is inflated.
 * Throws ZipRefused with the reason in words that finish "The bundle (or workbook) was refused because …".
 */
export async function readZip(
  data: Buffer,
  allowedName: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<Map<string, Buffer>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: false });
  } catch {
    throw new ZipRefused('it is damaged or incomplete (perhaps it was not copied to the end)');
  }
  const files = Object.values(zip.files);
  if (files.length > limits.maxEntries) throw new ZipTooLarge(`it holds more than ${limits.maxEntries} files`);
  for (const file of files) {
    // JSZip quietly rewrites "../x" to "x"; the name as written in the zip is what we judge.
    const name = file.unsafeOriginalName ?? file.name;
    const unsafe = unsafeName(name);
    if (unsafe) throw new ZipRefused(`it contains a file with ${unsafe}`);
    if (!file.dir && !allowedName(name)) throw new ZipRefused(`it contains a file a bundle never holds ("${name}")`);
  }
  judgeDeclared(files, limits);
  const entries = new Map<string, Buffer>();
  const total = { bytes: 0 };
  for (const file of files) {
    if (file.dir) continue;
    entries.set(file.name, await inflate(file, limits, total));
  }
  return entries;
}
