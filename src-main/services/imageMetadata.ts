// Photos of pupils' work can carry where and when they were taken, the camera's owner, even a
// thumbnail of the original: all of it goes before the image is kept. Only what is needed to show
// the picture remains.

const JPEG_KEEP = new Set([0xc0, 0xc1, 0xc2, 0xc4, 0xdb, 0xdd]); // frames, Huffman and quantisation tables, restart interval
const PNG_KEEP = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'pHYs']);

function stripJpeg(data: Buffer): Buffer {
  const parts: Buffer[] = [data.subarray(0, 2)];
  let offset = 2;
  while (offset + 4 <= data.length) {
    if (data[offset] !== 0xff) throw new Error('This JPEG file is damaged.');
    const marker = data[offset + 1]!;
    if (marker === 0xda) {
      parts.push(data.subarray(offset)); // start of scan: the picture itself, to the end
      return Buffer.concat(parts);
    }
    const length = data.readUInt16BE(offset + 2);
    const segment = data.subarray(offset, offset + 2 + length);
    // APP0 (JFIF) stays for compatibility; APP1–APP15 (Exif, XMP, …) and comments go.
    if (
      JPEG_KEEP.has(marker) ||
      marker === 0xe0 ||
      (marker >= 0xc3 && marker <= 0xcf && marker !== 0xc8 && marker !== 0xcc)
    ) {
      parts.push(segment);
    }
    offset += 2 + length;
  }
  throw new Error('This JPEG file is incomplete.');
}

function stripPng(data: Buffer): Buffer {
  const parts: Buffer[] = [data.subarray(0, 8)];
  let offset = 8;
  while (offset + 12 <= data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const chunk = data.subarray(offset, offset + 12 + length);
    if (PNG_KEEP.has(type)) parts.push(chunk);
    offset += 12 + length;
    if (type === 'IEND') return Buffer.concat(parts);
  }
  throw new Error('This PNG file is incomplete.');
}

/** The same picture without its metadata (Exif, GPS, XMP, text chunks, comments). */
export function withoutMetadata(data: Buffer, mimeType: string): Buffer {
  if (mimeType === 'image/jpeg') return stripJpeg(data);
  if (mimeType === 'image/png') return stripPng(data);
  return data;
}
