/**
 * Browser side of the accounts pages: a one-time password comes back once in the API's answer
 * and is shown in the page's `[data-one-time]` panel (as text), never put in a URL or stored.
 * Also keeps the create form's fields consistent: units only for operators, no typed password
 * when one is generated (disabled controls are not sent).
 */

interface OneTimeAnswer {
  username?: string;
  oneTimePassword?: string;
}

/** On the form's success with a one-time password: hide the form, show the panel instead of navigating. */
export function showOneTimePasswords(form: HTMLFormElement, panel: HTMLElement): void {
  form.addEventListener('api-form:success', (event) => {
    const answer = (event as CustomEvent<OneTimeAnswer | null>).detail;
    if (!answer?.oneTimePassword) return;
    event.preventDefault();
    const password = panel.querySelector<HTMLElement>('[data-password]');
    const who = panel.querySelector<HTMLElement>('[data-username]');
    const link = panel.querySelector<HTMLAnchorElement>('a[data-account]');
    if (password) password.textContent = answer.oneTimePassword;
    if (who && answer.username) who.textContent = who.dataset.template?.replace('{username}', answer.username) ?? answer.username;
    if (link && answer.username) link.href = `/pengaturan/pengguna/${encodeURIComponent(answer.username)}`;
    form.hidden = true;
    panel.hidden = false;
    panel.focus();
  });
}

function setDisabled(controls: Iterable<HTMLInputElement>, disabled: boolean): void {
  for (const c of controls) c.disabled = disabled;
}

/** Units follow the role; the typed password fields follow "generate". */
export function wireCreateForm(form: HTMLFormElement): void {
  const role = form.querySelector<HTMLSelectElement>('select[name="role"]');
  const units = form.querySelector<HTMLElement>('[data-units]');
  const generate = form.querySelector<HTMLInputElement>('input[name="generatePassword"]');
  const typed = form.querySelector<HTMLElement>('[data-typed-password]');
  const sync = () => {
    const operator = role?.value === 'operator';
    if (units) {
      units.hidden = !operator;
      setDisabled(units.querySelectorAll('input'), !operator);
    }
    if (typed && generate) {
      typed.hidden = generate.checked;
      setDisabled(typed.querySelectorAll('input'), generate.checked);
    }
  };
  role?.addEventListener('change', sync);
  generate?.addEventListener('change', sync);
  sync();
}
