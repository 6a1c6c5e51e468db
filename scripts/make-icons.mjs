// Draws the add-in's icons (a white magnifying lens over an envelope flap on Fluent blue) as PNGs
// in assets/, at the sizes the manifest names. Plain Node (zlib), no image packages: run
// `node scripts/make-icons.mjs` after changing the drawing; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ICON_SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189]; // Fluent's brand blue (#0F6CBD)
const WHITE = [255, 255, 255];
const SAMPLES = 4; // 4x4 supersampling per pixel for smooth edges

/** Colour of the mark at a point in the unit square: 1 white, 0 blue. An envelope outline with its
 *  flap, and over its lower right corner a lens (ring and handle) set apart by a blue halo. */
function mark(x, y) {
  const dx = x - 0.62;
  const dy = y - 0.62;
  const r = Math.hypot(dx, dy);
  const t = (x - 0.62 + (y - 0.62)) / Math.SQRT2; // distance along the handle's axis
  const off = Math.abs(x - y) / Math.SQRT2; // distance from that axis
  const ring = r > 0.13 && r < 0.2;
  const handle = off < 0.05 && t > 0.19 && t < 0.36;
  if (ring || handle) return true;
  const halo = r < 0.25 || (off < 0.1 && t > 0.15 && t < 0.41);
  if (halo) return false;
  const w = 0.04; // stroke half-width
  const inBox = x > 0.12 - w && x < 0.82 + w && y > 0.2 - w && y < 0.68 + w;
  const edge = inBox && (x < 0.12 + w || x > 0.82 - w || y < 0.2 + w || y > 0.68 - w);
  const flapY = 0.2 + 0.26 * (1 - Math.abs(x - 0.47) / 0.35);
  const flap = x > 0.12 && x < 0.82 && Math.abs(y - flapY) < w * 1.2;
  return edge || flap;
}

/** Inside a rounded square with corner radius 0.18 (the tile). */
function tile(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

export function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inTile = 0;
      let inMark = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (tile(x, y)) {
            inTile++;
            if (mark(x, y)) inMark++;
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const m = inTile === 0 ? 0 : inMark / inTile;
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(BLUE[c] * (1 - m) + WHITE[c] * m);
      rgba[o + 3] = Math.round((255 * inTile) / n);
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** PNG (RFC 2083): 8-bit RGBA, filter type 0 on every row. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++)
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(out, { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(join(out, `icon-${size}.png`), drawIcon(size));
    console.log(`assets/icon-${size}.png`);
  }
}
