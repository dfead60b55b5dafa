/**
 * What `skm tokens` writes: the CSV list (token, url) for a queue-ticket or receipt printer, and
 * a printable A4 sheet of cut-out slips, twelve to a page, each with the unit's name, a QR code
 * of the token's link, the link itself and the token. The sheet is self-contained (inline CSS
 * and SVG), like the poster: it prints from a USB stick on a computer with no network.
 */
import { t } from '../../survey-kit/i18n/index';
import type { MessageKey } from '../../survey-kit/i18n/index';
import { qrSvg } from '../qr/image';
import { displayUrl, surveyUrl } from '../qr/link';
import { escapeHtml } from '../qr/poster';

export interface TokenLink {
  token: string;
  url: string;
}

/** `https://host/s/unit[/service]?token=TOKEN` */
export function tokenUrl(baseUrl: string, unit: string, service: string | null, token: string): string {
  return `${surveyUrl(baseUrl, unit, service)}?token=${encodeURIComponent(token)}`;
}

/** RFC 4180 CSV; tokens and URLs never hold commas or quotes, but a base path might. */
export function tokensCsv(links: readonly TokenLink[]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return ['token,url', ...links.map((l) => `${field(l.token)},${field(l.url)}`)].join('\r\n') + '\r\n';
}

/** Tokens are read more easily in two groups of five: `7KQ4M 9XW2P` (spaces are ignored when typed). */
export function groupedToken(token: string): string {
  return token.length === 10 ? `${token.slice(0, 5)} ${token.slice(5)}` : token;
}

function bilingual(key: MessageKey, idClass: string, enClass: string): string {
  return `<p class="${idClass}">${escapeHtml(t('id', key))}</p><p class="${enClass}" lang="en">${escapeHtml(t('en', key))}</p>`;
}

const SHEET_CSS = `
@page { size: A4; margin: 8mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; color: #111; background: #fff; }
.bar { padding: 0.75rem 1rem; background: #eef3f9; border-bottom: 1px solid #c8d4e3; font-size: 0.95rem; }
.bar button { font: inherit; padding: 0.4rem 1rem; margin-right: 1rem; }
.sheet { display: grid; grid-template-columns: repeat(3, 64mm); grid-auto-rows: 69mm; justify-content: center; }
.slip > * { flex-shrink: 0; }
.slip { border: 1px dashed #888; padding: 3mm; display: flex; flex-direction: column; align-items: center; text-align: center; overflow: hidden; break-inside: avoid; }
.kicker { margin: 0; font-size: 7pt; letter-spacing: 0.06em; text-transform: uppercase; color: #444; }
.place { margin: 0.6mm 0 0; font-size: 8.5pt; font-weight: 700; line-height: 1.15; max-height: 2.3em; overflow: hidden; }
.qr { width: 31mm; height: 31mm; margin: 1mm 0; }
.qr svg { width: 100%; height: 100%; display: block; }
.code { margin: 0; font: 700 13pt/1.1 ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; letter-spacing: 0.08em; }
.code-label { font: 400 7pt system-ui, sans-serif; letter-spacing: 0; color: #444; }
.url { margin: 0.6mm 0 0; font-size: 6.5pt; word-break: break-all; line-height: 1.2; }
.how { margin: 0.8mm 0 0; font-size: 6.5pt; line-height: 1.2; }
.how-en { margin: 0; font-size: 5.8pt; line-height: 1.2; color: #555; }
.slip:nth-child(12n) { break-after: page; }
@media print { .bar { display: none; } }
`;

export interface SheetModel {
  unitName: string;
  serviceName: string | null;
  batch: string;
  links: readonly TokenLink[];
}

export async function tokenSheet(model: SheetModel): Promise<string> {
  const place = model.serviceName ? `${model.unitName} — ${model.serviceName}` : model.unitName;
  const slips: string[] = [];
  for (const link of model.links) {
    const svg = await qrSvg(link.url, { label: t('id', 'tokens.sheet.qrLabel', { url: link.url }) });
    slips.push(
      `<section class="slip" data-token="${escapeHtml(link.token)}">` +
        `<p class="kicker">${escapeHtml(t('id', 'tokens.sheet.kicker'))}</p>` +
        `<p class="place">${escapeHtml(place)}</p>` +
        `<div class="qr">${svg}</div>` +
        `<p class="code"><span class="code-label">${escapeHtml(t('id', 'tokens.sheet.code'))}</span> ${escapeHtml(groupedToken(link.token))}</p>` +
        `<p class="url">${escapeHtml(displayUrl(link.url))}</p>` +
        bilingual('tokens.sheet.instruction', 'how', 'how-en') +
        `</section>`,
    );
  }
  const title = t('id', 'tokens.sheet.title', { place });
  const count = model.links.length;
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${SHEET_CSS}</style>
</head>
<body>
<div class="bar"><button type="button" onclick="window.print()">${escapeHtml(t('id', 'tokens.sheet.print'))}</button>${escapeHtml(
    t('id', 'tokens.sheet.toolbar', { count, batch: model.batch }),
  )} · ${escapeHtml(t('id', 'tokens.sheet.tip'))}</div>
<main class="sheet">
${slips.join('\n')}
</main>
</body>
</html>
`;
}
