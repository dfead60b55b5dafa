/**
 * Registers the service worker (site/public/sw.js) and hands it the URLs this page loaded, so
 * the kiosk and survey pages open again without a network. Astro fingerprints its assets, so
 * the list cannot be known in advance: it is read from what the browser actually fetched.
 */
export async function registerShellCache(): Promise<void> {
  // Service workers exist only in secure contexts (https, localhost).
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    const reg = await navigator.serviceWorker.ready;
    const urls = new Set<string>([location.href]);
    for (const e of performance.getEntriesByType('resource')) urls.add(e.name);
    for (const el of document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[href]')) {
      urls.add(el instanceof HTMLScriptElement ? el.src : el.href);
    }
    reg.active?.postMessage({ type: 'puas-cache', urls: [...urls] });
  } catch {
    // Without a service worker the page still works online, and the queue still keeps responses.
  }
}
