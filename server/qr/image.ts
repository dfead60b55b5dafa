/**
 * QR images, drawn by the `qrcode` library. Black on white with the standard four-module quiet
 * zone: posters are printed on office printers and scanned by cheap phones under fluorescent
 * light, so contrast matters more than style. Level Q (25% recovery) survives a scratch, a
 * fold or a bit of tape over the code, at the cost of one or two versions more.
 */
import QRCode from 'qrcode';

const OPTIONS = { errorCorrectionLevel: 'Q', margin: 4, color: { dark: '#000000', light: '#ffffff' } } as const;

/** Bounds of `?size=` (pixels): below 128 a 33-module code gets under 3 px per module. */
export const QR_SIZE = { min: 128, max: 4096, default: 512 } as const;

export interface SvgOptions {
  /** Width and height in pixels; without it the SVG scales to its container. */
  size?: number;
  /** Accessible name: the SVG becomes `role="img"` with a `<title>`. */
  label?: string;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export async function qrSvg(text: string, options: SvgOptions = {}): Promise<string> {
  const svg = await QRCode.toString(text, { ...OPTIONS, type: 'svg', ...(options.size ? { width: options.size } : {}) });
  const label = options.label;
  if (label === undefined) return svg.trim();
  return svg
    .trim()
    .replace(/^<svg /, `<svg role="img" aria-label="${escapeXml(label)}" `)
    .replace(/(<svg[^>]*>)/, `$1<title>${escapeXml(label)}</title>`);
}

export async function qrPng(text: string, size: number = QR_SIZE.default): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: 'png', width: size });
}
