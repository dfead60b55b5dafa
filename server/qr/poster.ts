/**
 * The printable A4 poster: one source for the web page (/poster/{unit}[/{service}]) and for
 * `skm qr --out poster.html`, so what an admin previews is what the command writes. The
 * document is self-contained (inline CSS and SVG, no fonts or images to fetch): it prints the
 * same from a USB stick on a computer with no network.
 */
import { t } from '../../survey-kit/i18n/index';
import type { MessageKey } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import { qrSvg } from './image';
import { displayUrl, isLocalUrl } from './link';
import { POSTER_CSS } from './poster-style';
import type { QrTarget } from './target';

export { POSTER_CSS };

export interface PosterModel {
  /** The survey link the code holds. */
  url: string;
  unitName: string;
  serviceName: string | null;
  organisationName: string | null;
  /** The unit's street address, when recorded: tells a visitor they are at the right office. */
  address: string | null;
  /** Inline SVG of the code, with an accessible name. */
  svg: string;
  /** Screen-only links to the code's images (the web page has them; a file on disk does not). */
  downloads: { svg: string; png: string } | null;
}

export async function buildPoster(
  target: QrTarget,
  url: string,
  downloads: PosterModel['downloads'] = null,
): Promise<PosterModel> {
  return {
    url,
    unitName: target.unit.name,
    serviceName: target.service?.name ?? null,
    organisationName: target.organisation?.name ?? null,
    address: target.unit.address?.trim() || null,
    svg: await qrSvg(url, { label: t('id', 'qr.poster.qrLabel', { url }) }),
    downloads,
  };
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Indonesian line, then its English translation underneath (smaller, marked as English). */
function bilingual(key: MessageKey, idClass: string, enClass: string, params?: Record<string, string>): string {
  return `<p class="${idClass}">${escapeHtml(t('id', key, params))}</p><p class="${enClass}" lang="en">${escapeHtml(t('en', key, params))}</p>`;
}

/** Long names get a smaller type size so that they never push the code off the page. */
function nameSize(name: string): string {
  if (name.length > 60) return 'name-s';
  if (name.length > 32) return 'name-m';
  return 'name-l';
}

export function posterTitle(model: PosterModel): string {
  const place = model.serviceName ? `${model.unitName} — ${model.serviceName}` : model.unitName;
  return t('id', 'qr.poster.title', { place });
}

/**
 * The screen-only bar above the sheet: print, downloads, and a warning for unreachable links. It
 * is for the staff member at the screen, so it speaks the page's language; the sheet stays
 * Indonesian with English beneath whatever the language, because it is for the public.
 */
function toolbar(model: PosterModel, lang: Lang): string {
  const host = new URL(model.url).host;
  const warning = isLocalUrl(model.url)
    ? `<p class="warning" role="alert" data-testid="local-warning">${escapeHtml(t(lang, 'qr.poster.localWarning', { host }))}</p>`
    : '';
  const downloads = model.downloads
    ? `<a href="${escapeHtml(model.downloads.svg)}" download>${escapeHtml(t(lang, 'qr.poster.downloadSvg'))}</a>` +
      `<a href="${escapeHtml(model.downloads.png)}" download>${escapeHtml(t(lang, 'qr.poster.downloadPng'))}</a>`
    : '';
  return `<nav class="toolbar" lang="${lang}" aria-label="${escapeHtml(t(lang, 'qr.poster.toolbar'))}">
  <div class="toolbar-row">
    <button type="button" class="print-button" data-print>${escapeHtml(t(lang, 'qr.poster.print'))}</button>
    ${downloads}<a href="${escapeHtml(model.url)}">${escapeHtml(t(lang, 'qr.poster.openSurvey'))}</a>
  </div>
  <p class="tip">${escapeHtml(t(lang, 'qr.poster.tip'))}</p>
  ${warning}
</nav>`;
}

/** The body of the poster page: toolbar (in `lang`), the A4 sheet, and the print button's one-line script. */
export function posterBody(model: PosterModel, lang: Lang = 'id'): string {
  const organisation = model.organisationName ? `<p class="organisation">${escapeHtml(model.organisationName)}</p>` : '';
  const address = model.address ? `<p class="address">${escapeHtml(model.address)}</p>` : '';
  const service = model.serviceName ? `<p class="service" data-testid="poster-service">${escapeHtml(model.serviceName)}</p>` : '';
  return `${toolbar(model, lang)}
<main class="sheet" data-testid="poster">
  <header class="band">
    <p class="kicker">${escapeHtml(t('id', 'qr.poster.kicker'))}</p>
    <p class="kicker-en" lang="en">${escapeHtml(t('en', 'qr.poster.kicker'))}</p>
  </header>
  <section class="who">
    ${organisation}
    <h1 class="unit ${nameSize(model.unitName)}" data-testid="poster-unit">${escapeHtml(model.unitName)}</h1>
    ${address}
    ${service}
  </section>
  <section class="ask">
    ${bilingual('qr.poster.heading', 'heading', 'heading-en')}
  </section>
  <section class="code">
    <div class="frame">${model.svg}</div>
    <div class="by-hand">
      ${bilingual('qr.poster.orType', 'or-type', 'or-type-en')}
      <p class="url" data-testid="poster-url">${escapeHtml(displayUrl(model.url))}</p>
    </div>
  </section>
  <section class="instruction" data-testid="poster-instruction">
    <svg class="phone" viewBox="0 0 24 24" aria-hidden="true"><rect x="6" y="2" width="12" height="20" rx="2.5" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M10 18.5h4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/><path d="M9 7h2v2H9zM13 7h2v2h-2zM9 11h2v2H9zM13.5 11.5h1v1h-1z" fill="currentColor"/></svg>
    <div>${bilingual('qr.poster.instruction', 'do', 'do-en')}</div>
  </section>
  <footer class="foot">
    ${bilingual('qr.poster.promise', 'promise', 'promise-en')}
    <p class="legal">${escapeHtml(t('id', 'qr.poster.legal'))}</p>
  </footer>
</main>
<script>document.querySelector('[data-print]')?.addEventListener('click', () => window.print());</script>`;
}

/** A complete, standalone HTML document (what `skm qr --out FILE.html` writes). */
export function posterDocument(model: PosterModel): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(posterTitle(model))}</title>
<style>${POSTER_CSS}</style>
</head>
<body class="poster-page">
${posterBody(model)}
</body>
</html>
`;
}
