/**
 * Draws the add-in icons (a speech bubble with a check mark) at every size the manifest uses
 * and writes them to assets/. Run: npx tsx scripts/make-icons.ts
 *
 * The glyph is described as geometry in a 0..1 unit square and rasterised with supersampling,
 * so every size gets clean anti-aliased edges instead of a scaled bitmap.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];

/** Brand teal: reads well on both the light and the dark Outlook ribbon. */
const BUBBLE: Rgb = [0x0b, 0x7a, 0x75];
const CHECK: Rgb = [0xff, 0xff, 0xff];

/** Samples per axis per pixel; 4 × 4 = 16 coverage levels. */
const SUPERSAMPLE = 4;

// Bubble body: a rounded rectangle in unit coordinates.
const BODY = { left: 0.06, top: 0.1, right: 0.94, bottom: 0.74, radius: 0.2 };
// Tail: a triangle under the lower left of the body.
const TAIL: ReadonlyArray<readonly [number, number]> = [
  [0.22, 0.7],
  [0.46, 0.7],
  [0.18, 0.94],
];
// Check mark: two strokes.
const CHECK_POINTS: ReadonlyArray<readonly [number, number]> = [
  [0.29, 0.43],
  [0.44, 0.58],
  [0.71, 0.28],
];
const CHECK_HALF_WIDTH = 0.065;

function insideRoundedRect(x: number, y: number): boolean {
  const { left, top, right, bottom, radius } = BODY;
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= radius * radius;
}

function insideTriangle(x: number, y: number): boolean {
  const [[ax, ay], [bx, by], [cx, cy]] = TAIL;
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  const hasNegative = d1 < 0 || d2 < 0 || d3 < 0;
  const hasPositive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(hasNegative && hasPositive);
}

function distanceToSegment(x: number, y: number, a: readonly [number, number], b: readonly [number, number]): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const px = ax + t * vx - x;
  const py = ay + t * vy - y;
  return Math.sqrt(px * px + py * py);
}

function onCheck(x: number, y: number): boolean {
  for (let i = 0; i + 1 < CHECK_POINTS.length; i++) {
    if (distanceToSegment(x, y, CHECK_POINTS[i], CHECK_POINTS[i + 1]) <= CHECK_HALF_WIDTH) return true;
  }
  return false;
}

/** Renders one icon as RGBA with straight (non-premultiplied) alpha. */
export function renderIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bubbleHits = 0;
      let checkHits = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!(insideRoundedRect(x, y) || insideTriangle(x, y))) continue;
          if (onCheck(x, y)) checkHits++;
          else bubbleHits++;
        }
      }
      const covered = bubbleHits + checkHits;
      const offset = (py * size + px) * 4;
      if (covered === 0) {
        png.data[offset] = png.data[offset + 1] = png.data[offset + 2] = png.data[offset + 3] = 0;
        continue;
      }
      // Colour is the coverage-weighted mix of the two inks; alpha is total coverage.
      for (let channel = 0; channel < 3; channel++) {
        png.data[offset + channel] = Math.round((BUBBLE[channel] * bubbleHits + CHECK[channel] * checkHits) / covered);
      }
      png.data[offset + 3] = Math.round((covered / samples) * 255);
    }
  }
  return png;
}

function main(): void {
  const outDir = resolve(__dirname, '..', 'assets');
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, PNG.sync.write(renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
