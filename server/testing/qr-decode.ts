/**
 * Test helpers: read QR images back with a real decoder (jsQR), so tests check what a phone
 * would read rather than what the generator was asked to draw.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Decodes RGBA pixels; null when no code is found. */
export function decodeRgba(data: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(data, width, height)?.data ?? null;
}

export function decodePng(png: Uint8Array): { text: string | null; width: number; height: number } {
  const image = PNG.sync.read(Buffer.from(png));
  return { text: decodeRgba(new Uint8ClampedArray(image.data), image.width, image.height), width: image.width, height: image.height };
}

/**
 * Rasterises the SVG that `qrcode` writes — one background path, then one stroked path of
 * horizontal runs (`M x y.5 h n m dx dy …`, one unit per module) — and decodes it.
 */
export function decodeSvg(svg: string, pixelsPerModule = 8): string | null {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !d) return null;
  const dark: boolean[][] = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MmHhVv])([^MmHhVv]*)/g)) {
    const n = (args ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (cmd === 'M') [x, y] = [n[0]!, n[1]!];
    else if (cmd === 'm') [x, y] = [x + n[0]!, y + n[1]!];
    else if (cmd === 'h' || cmd === 'H') {
      const end = cmd === 'h' ? x + n[0]! : n[0]!;
      for (let col = Math.min(x, end); col < Math.max(x, end); col++) dark[Math.floor(y)]![col] = true;
      x = end;
    } else return null; // no vertical runs in qrcode's output; anything else is unexpected
  }
  const width = size * pixelsPerModule;
  const rgba = new Uint8ClampedArray(width * width * 4);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      const v = dark[Math.floor(py / pixelsPerModule)]![Math.floor(px / pixelsPerModule)] ? 0 : 255;
      rgba.set([v, v, v, 255], (py * width + px) * 4);
    }
  }
  return decodeRgba(rgba, width, width);
}
