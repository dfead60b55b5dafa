/**
 * Survey links for QR codes and posters. The base URL is what citizens' phones can reach:
 * PUAS_PUBLIC_URL when set, else the address the admin used to reach this server.
 */

/**
 * `raw` as a base URL without a trailing slash (a path prefix such as `/skm` is kept), or null
 * when it is not a complete http(s) address: a query or fragment would end up inside the link.
 */
export function normaliseBaseUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.search !== '' || url.hash !== '' || trimmed.includes('?') || trimmed.includes('#')) return null;
  if (url.username !== '' || url.password !== '') return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The base URL of a request: its origin, as the browser that sent it saw the server. */
export function requestBaseUrl(requestUrl: string): string {
  return new URL(requestUrl).origin;
}

/** `/s/{unit}` or `/s/{unit}/{service}` (slugs are URL-safe by construction). */
export function surveyPath(unit: string, service?: string | null): string {
  return service ? `/s/${encodeURIComponent(unit)}/${encodeURIComponent(service)}` : `/s/${encodeURIComponent(unit)}`;
}

export function surveyUrl(baseUrl: string, unit: string, service?: string | null): string {
  return `${baseUrl.replace(/\/+$/, '')}${surveyPath(unit, service)}`;
}

/**
 * The link as printed under the code, for people who type it. `https://` is left out (browsers
 * assume it); `http://` is kept, because a browser that tries https first may not fall back.
 */
export function displayUrl(url: string): string {
  return url.replace(/^https:\/\//i, '');
}

/** True when the link's host only exists on the server's own machine. */
export function isLocalUrl(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || host === '0.0.0.0' || /^127\./.test(host);
}
