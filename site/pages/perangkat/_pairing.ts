/**
 * The pairing form of /perangkat: only the services of the chosen unit are offered, and the code
 * made is shown big instead of leaving the page. Empty optional fields are left out of the request
 * by their `data-omit-empty` (site/client/api-form.ts).
 */

interface PairingAnswer {
  code: string;
  expiresAt: string;
  kioskUrl: string;
  unit: { name: string };
  service: { name: string } | null;
  name: string;
  pin?: string;
}

const fill = (template: string, key: string, value: string) => template.replace(`{${key}}`, value);

function filterServices(form: HTMLFormElement): void {
  const unit = form.querySelector<HTMLSelectElement>('select[name="unit"]')!.value;
  const service = form.querySelector<HTMLSelectElement>('select[name="service"]');
  if (!service) return;
  for (const option of service.options) {
    const own = !option.dataset.unit || option.dataset.unit === unit;
    option.hidden = !own;
    option.disabled = !own;
  }
  if (service.selectedOptions[0]?.disabled) service.value = '';
}

function showCode(form: HTMLFormElement, answer: PairingAnswer): void {
  const box = form.parentElement?.querySelector<HTMLElement>('[data-pairing-result]');
  if (!box) return;
  const zone = form.querySelector<HTMLSelectElement>('select[name="unit"]')?.selectedOptions[0]?.dataset.zone;
  const locale = document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
  const at = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', ...(zone ? { timeZone: zone } : {}) }).format(new Date(answer.expiresAt));
  const set = (selector: string, text: string) => {
    const el = box.querySelector<HTMLElement>(selector);
    if (el) el.textContent = text;
  };
  const place = answer.service ? `${answer.name} — ${answer.unit.name}, ${answer.service.name}` : `${answer.name} — ${answer.unit.name}`;
  set('[data-code]', answer.code);
  set('[data-code-for]', fill(box.dataset.forTemplate ?? '{place}', 'place', place));
  set('[data-code-expires]', fill(box.dataset.expiresTemplate ?? '{at}', 'at', at));
  set('[data-code-open]', fill(box.dataset.openTemplate ?? '{url}', 'url', answer.kioskUrl));
  const pin = box.querySelector<HTMLElement>('[data-code-pin]');
  if (pin) {
    pin.hidden = !answer.pin;
    pin.textContent = answer.pin ? fill(box.dataset.pinTemplate ?? '{pin}', 'pin', answer.pin) : '';
  }
  box.hidden = false;
  box.scrollIntoView({ block: 'nearest' });
}

export function wirePairingForm(form: HTMLFormElement): void {
  form.querySelector('select[name="unit"]')?.addEventListener('change', () => filterServices(form));
  filterServices(form);
  form.addEventListener('api-form:success', (event) => {
    event.preventDefault();
    showCode(form, (event as CustomEvent<PairingAnswer>).detail);
  });
}
