import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { recordSmallYear } from '../../support/year';
import { tempWorkspace } from '../../support/workspace';

function picture(type: 'image/png' | 'image/jpeg'): Buffer {
  const canvas = createCanvas(40, 30);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#1f5fa8';
  ctx.fillRect(0, 0, 40, 30);
  return type === 'image/png' ? canvas.toBuffer('image/png') : canvas.toBuffer('image/jpeg');
}

/** A JPEG carrying an Exif segment with a location and a camera owner, as phones write them. */
function jpegWithExif(): Buffer {
  const jpeg = picture('image/jpeg');
  const payload = Buffer.from('Exif\0\0GPSLatitude 51.5072 GPSLongitude -0.1276 Owner Test Teacher', 'latin1');
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), app1, payload, jpeg.subarray(2)]);
}

/** A PNG carrying a text chunk naming the photographer. */
function pngWithText(): Buffer {
  const png = picture('image/png');
  const data = Buffer.from('Author\0Test Teacher at Puddleby Lane', 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  const iend = png.length - 12;
  return Buffer.concat([png.subarray(0, iend), chunk, png.subarray(iend)]);
}

describe("photos of pupils' work", () => {
  it.each([
    ['image/jpeg', jpegWithExif(), 'GPSLatitude'],
    ['image/png', pngWithText(), 'Test Teacher'],
  ] as const)('lose their metadata when they come in (%s)', async (mimeType, data, secret) => {
    const { call } = tempWorkspace();
    const { workGroup } = recordSmallYear(call);
    expect(data.includes(secret)).toBe(true);
    const { id } = call('attachment.add', { workGroupId: workGroup.id, mimeType, dataBase64: data.toString('base64') });
    const kept = Buffer.from(call('attachment.get', { id }).dataBase64, 'base64');
    expect(kept.includes(secret)).toBe(false);
    const image = await loadImage(kept);
    expect([image.width, image.height]).toEqual([40, 30]);
  });

  it('refuses a damaged picture with a message that says what to do', () => {
    const { call, attempt } = tempWorkspace();
    const { workGroup } = recordSmallYear(call);
    const broken = jpegWithExif().subarray(0, 60).toString('base64');
    expect(
      attempt('attachment.add', { workGroupId: workGroup.id, mimeType: 'image/jpeg', dataBase64: broken }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Save the picture again/) },
    });
  });
});
