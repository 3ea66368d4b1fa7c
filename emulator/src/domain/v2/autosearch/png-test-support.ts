import zlib from 'node:zlib';
import { PNG_SIGNATURE } from './png.js';

/** Reads back an 8-bit RGB PNG with filter 0 rows (what encodePng writes) — for tests. */
export function decodeRgbPng(buf: Buffer): { width: number; height: number; rgb: Buffer } {
  if (!buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 2) throw new Error('not 8-bit RGB');
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 3;
  const rgb = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    if (raw[y * (stride + 1)] !== 0) throw new Error('unexpected filter type');
    raw.copy(rgb, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { width, height, rgb };
}

/** How many pixels have exactly this colour. */
export function countColour(img: { rgb: Buffer }, c: readonly [number, number, number]): number {
  let n = 0;
  for (let i = 0; i < img.rgb.length; i += 3)
    if (img.rgb[i] === c[0] && img.rgb[i + 1] === c[1] && img.rgb[i + 2] === c[2]) n++;
  return n;
}
