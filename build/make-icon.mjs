// @ts-check
/*
 * Draws the Waymark icon — a footpath waymark: an arrow on a disc — and writes it as PNG files:
 * build/icon.png (512 px, electron-builder makes the Windows .ico and Linux sizes from it) and
 * resources/icon.png (256 px, the window icon on Linux). No image library and no download:
 * shapes are sampled 4×4 per pixel for smooth edges and the PNG is encoded with node:zlib.
 *
 *   node build/make-icon.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const TEAL = [30, 95, 116];
const CREAM = [250, 246, 232];

/** Whether a point (in a 512-unit square) is inside the rounded background. */
function inBackground(x, y) {
  const r = 96;
  const cx = Math.min(Math.max(x, 16 + r), 496 - r);
  const cy = Math.min(Math.max(y, 16 + r), 496 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inDisc(x, y) {
  return (x - 256) ** 2 + (y - 256) ** 2 <= 176 ** 2;
}

/** The arrow pointing up: a triangular head over a shaft. */
function inArrow(x, y) {
  const shaft = x >= 222 && x <= 290 && y >= 236 && y <= 392;
  const head = y >= 112 && y <= 250 && Math.abs(x - 256) <= ((y - 112) / 138) * 100;
  return shaft || head;
}

/** RGBA pixels of the icon at `size` pixels square. */
export function drawIcon(size) {
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = ((i + (sx + 0.5) / n) * 512) / size;
          const y = ((j + (sy + 0.5) / n) * 512) / size;
          if (!inBackground(x, y)) continue;
          const c = inDisc(x, y) && !inArrow(x, y) ? CREAM : TEAL;
          r += c[0]; g += c[1]; b += c[2]; a += 255;
        }
      }
      const o = (j * size + i) * 4;
      const k = n * n;
      const cover = a / k;
      // Colour is averaged over covered samples only, so edges fade out rather than darken.
      const covered = a / 255 || 1;
      px[o] = Math.round(r / covered);
      px[o + 1] = Math.round(g / covered);
      px[o + 2] = Math.round(b / covered);
      px[o + 3] = Math.round(cover);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) from RGBA pixels. */
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) {
    rows[j * (size * 4 + 1)] = 0;
    rgba.copy(rows, j * (size * 4 + 1) + 1, j * size * 4, (j + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const [file, size] of [['build/icon.png', 512], ['resources/icon.png', 256]]) {
    const out = join(root, file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, encodePng(size, drawIcon(size)));
    console.log(`wrote ${file} (${size}×${size})`);
  }
}
