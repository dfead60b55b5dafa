/**
 * Progressive forms of the staff pages: a `<form data-api-form>` is sent to the JSON API with the
 * session's CSRF token, and a refusal is shown next to the fields without reloading, so what the
 * person typed stays where it was. Messages come from the API (`{error:{code,message,fields}}`),
 * already in the person's language.
 *
 * Markup:
 *   <form data-api-form action="/api/v1/units" data-method="POST" data-success="/pengaturan/unit/{unit.slug}"
 *         data-network-error="Tidak tersambung…" data-confirm="Yakin?">
 *     <input name="name">                      → "name": string ('' becomes null unless data-keep-empty)
 *     <input name="target" data-type="number"> → number, or null when empty
 *     <input name="pin" data-omit-empty>       → left out of the JSON when empty (blank counts as empty), for
 *                                                APIs that read a missing field as "use the default" and a null as a mistake
 *     <input type="checkbox" name="on" data-type="boolean">
 *     <input type="checkbox" name="units" value="a" data-type="array"> (every checked value; also <select multiple>)
 *     <textarea name="def" data-type="json">   → parsed JSON
 *     <p data-error-for="name" hidden></p>      → the field's message (nested paths: "elements.0.code")
 *     <p data-form-error role="alert" hidden></p>
 *   </form>
 * A form with enctype="multipart/form-data" is sent as FormData (file uploads).
 * Success: goes to data-success (placeholders filled from the JSON answer), else reloads the page;
 * the form fires `api-form:success` (detail: the answer) first, and a listener may cancel it.
 */

function csrfToken(form: HTMLFormElement): string {
  const field = form.querySelector<HTMLInputElement>('input[name="_csrf"]');
  if (field?.value) return field.value;
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function controls(form: HTMLFormElement): Control[] {
  return [...form.elements].filter(
    (e): e is Control => (e instanceof HTMLInputElement || e instanceof HTMLSelectElement || e instanceof HTMLTextAreaElement) && !!e.name && e.name !== '_csrf' && !e.disabled,
  );
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Record<string, unknown> = target;
  for (const [i, part] of parts.entries()) {
    if (i === parts.length - 1) {
      node[part] = value;
    } else {
      const next = node[part];
      if (typeof next !== 'object' || next === null) node[part] = /^\d+$/.test(parts[i + 1] ?? '') ? [] : {};
      node = node[part] as Record<string, unknown>;
    }
  }
}

/** The form as JSON, following each control's data-type (see the module comment). */
export function formJson(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const arrays = new Map<string, string[]>();
  for (const el of controls(form)) {
    const type = el.dataset.type;
    if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button')) continue;
    if ('omitEmpty' in el.dataset && el.value.trim() === '' && type !== 'array' && type !== 'boolean' && !(el instanceof HTMLInputElement && el.type === 'radio')) continue;
    if (type === 'array') {
      const list = arrays.get(el.name) ?? [];
      if (el instanceof HTMLSelectElement) list.push(...[...el.selectedOptions].map((o) => o.value));
      else if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        if (el.checked) list.push(el.value);
      } else if (el.value !== '') list.push(el.value);
      arrays.set(el.name, list);
      continue;
    }
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (el.checked) setPath(out, el.name, el.value);
      continue;
    }
    if (type === 'boolean' && el instanceof HTMLInputElement) {
      setPath(out, el.name, el.checked);
      continue;
    }
    const raw = el.value;
    if (type === 'number') {
      const trimmed = raw.trim().replace(',', '.');
      setPath(out, el.name, trimmed === '' ? null : Number(trimmed));
    } else if (type === 'json') {
      try {
        setPath(out, el.name, raw.trim() === '' ? null : JSON.parse(raw));
      } catch {
        setPath(out, el.name, raw);
      }
    } else {
      setPath(out, el.name, raw === '' && !('keepEmpty' in el.dataset) ? null : raw);
    }
  }
  for (const [name, list] of arrays) setPath(out, name, list);
  return out;
}

function fill(template: string, answer: unknown): string {
  return template.replace(/\{([A-Za-z0-9_.]+)\}/g, (whole, path: string) => {
    let node: unknown = answer;
    for (const part of path.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    return typeof node === 'string' || typeof node === 'number' ? encodeURIComponent(String(node)) : whole;
  });
}

function clearErrors(form: HTMLFormElement): void {
  for (const p of form.querySelectorAll<HTMLElement>('[data-error-for], [data-form-error]')) {
    p.textContent = '';
    p.hidden = true;
  }
  for (const el of controls(form)) el.removeAttribute('aria-invalid');
}

function showErrors(form: HTMLFormElement, message: string, fields: Record<string, string>): void {
  const box = form.querySelector<HTMLElement>('[data-form-error]');
  let first: Control | null = null;
  let unplaced = '';
  for (const [path, text] of Object.entries(fields)) {
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(path)}"]`);
    const input = controls(form).find((el) => el.name === path) ?? null;
    if (slot) {
      slot.textContent = text;
      slot.hidden = false;
      if (!slot.id) slot.id = `err-${Math.random().toString(36).slice(2)}`;
    } else {
      unplaced += `\n${text}`;
    }
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      if (slot) input.setAttribute('aria-describedby', slot.id);
      first ??= input;
    }
  }
  if (box) {
    box.textContent = message + unplaced;
    box.hidden = false;
  }
  (first ?? box)?.focus?.();
}

async function submit(form: HTMLFormElement, event: SubmitEvent): Promise<void> {
  event.preventDefault();
  if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) return;
  clearErrors(form);
  const method = (form.dataset.method ?? form.getAttribute('method') ?? 'POST').toUpperCase();
  const multipart = form.enctype === 'multipart/form-data';
  const headers: Record<string, string> = { 'X-CSRF-Token': csrfToken(form), Accept: 'application/json' };
  // Messages in the page's language, not the browser's: an English browser on an Indonesian page reads Indonesian.
  if (document.documentElement.lang) headers['Accept-Language'] = document.documentElement.lang;
  let body: BodyInit | undefined;
  if (method !== 'GET' && method !== 'DELETE') {
    if (multipart) {
      const data = new FormData(form);
      data.delete('_csrf');
      body = data;
    } else {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(formJson(form));
    }
  }
  const buttons = [...form.querySelectorAll<HTMLButtonElement>('button[type="submit"], button:not([type])')];
  for (const b of buttons) b.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    // getAttribute, not form.action: a control named "action" shadows that property.
    const url = new URL(form.getAttribute('action') ?? '', window.location.href).href;
    const res = await fetch(url, { method, headers, body, credentials: 'same-origin' });
    const answer: unknown = res.status === 204 ? null : await res.json().catch(() => null);
    if (!res.ok) {
      const error = (answer as { error?: { message?: string; fields?: Record<string, string> } } | null)?.error;
      showErrors(form, error?.message ?? `HTTP ${res.status}`, error?.fields ?? {});
      return;
    }
    const proceed = form.dispatchEvent(new CustomEvent('api-form:success', { detail: answer, cancelable: true, bubbles: true }));
    if (!proceed) return;
    const target = form.dataset.success;
    if (target) window.location.assign(fill(target, answer));
    else window.location.reload();
  } catch {
    showErrors(form, form.dataset.networkError ?? 'Network error', {});
  } finally {
    for (const b of buttons) b.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

/** Wires every `form[data-api-form]` of the page (call once from a page script). */
export function wireApiForms(root: ParentNode = document): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-api-form]')) {
    if (form.dataset.wired) continue;
    form.dataset.wired = '1';
    form.noValidate = true;
    form.addEventListener('submit', (e) => void submit(form, e as SubmitEvent));
  }
}
