import { inflateSync } from 'node:zlib';

/*
 * Just enough PNG reading to tell whether a screenshot shows something: Chromium writes 8-bit
 * RGB or RGBA, not interlaced. (No image library in the project; zlib is Node's own.)
 */

export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row after row. */
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function decodePng(file: Buffer): DecodedPng {
  if (file.length < 8 || !file.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG (signature)');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!width || !height) throw new Error('not a PNG (no IHDR)');
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1)) throw new Error(`PNG data of ${raw.length} bytes, expected ${height * (stride + 1)}`);
  const lines = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? lines[dst + x - channels] : 0;
      const b = y > 0 ? lines[dst + x - stride] : 0;
      const c = x >= channels && y > 0 ? lines[dst + x - stride - channels] : 0;
      const v = raw[src + x];
      let out: number;
      if (filter === 0) out = v;
      else if (filter === 1) out = v + a;
      else if (filter === 2) out = v + b;
      else if (filter === 3) out = v + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        out = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      } else throw new Error(`PNG filter ${filter} unknown`);
      lines[dst + x] = out & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    pixels[i * 4] = lines[i * channels];
    pixels[i * 4 + 1] = lines[i * channels + 1];
    pixels[i * 4 + 2] = lines[i * channels + 2];
    pixels[i * 4 + 3] = channels === 4 ? lines[i * channels + 3] : 255;
  }
  return { width, height, pixels };
}

/**
 * How much of the image differs from its most common colour (the background), 0..1, and how
 * many colours it has: a blank or single-colour image has ~0 and 1.
 */
export function inkOf(png: DecodedPng): { share: number; colours: number } {
  const counts = new Map<number, number>();
  const { pixels } = png;
  for (let i = 0; i < pixels.length; i += 4) {
    const key = (pixels[i] << 24) | (pixels[i + 1] << 16) | (pixels[i + 2] << 8) | pixels[i + 3];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = pixels.length / 4;
  let background = 0;
  for (const n of counts.values()) if (n > background) background = n;
  return { share: (total - background) / total, colours: counts.size };
}
