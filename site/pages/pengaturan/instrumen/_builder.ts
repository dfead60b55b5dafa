/**
 * The instrument builder's rows: add, remove, and start again from another base. Field names
 * stay `elements.N.field` in row order, because that is how the form is sent and how the API
 * names a problem ("elements.2.code").
 */

interface Draft {
  code: string;
  name: string;
  question?: string | null;
  weight?: string | null;
  optional?: boolean | null;
}

const fill = (template: string, n: number) => template.replace('{n}', String(n));

function renumber(form: HTMLFormElement): void {
  const labels = form.dataset;
  form.querySelectorAll<HTMLFieldSetElement>('[data-row]').forEach((row, i) => {
    const n = i + 1;
    const legend = row.querySelector('legend');
    if (legend) legend.textContent = String(n);
    for (const input of row.querySelectorAll<HTMLInputElement>('[data-field]')) {
      const field = input.dataset.field!;
      input.name = `elements.${i}.${field}`;
      input.id = `el-${i}-${field}`;
      input.removeAttribute('aria-invalid');
      const error = input.closest('.field')?.querySelector<HTMLElement>('[data-error-for]');
      if (error) {
        error.dataset.errorFor = input.name;
        error.hidden = true;
        error.textContent = '';
      }
      const label = row.querySelector<HTMLLabelElement>(`label[data-label="${field}"]`);
      if (label) {
        label.htmlFor = input.id;
        const template = labels[`label${field[0]!.toUpperCase()}${field.slice(1)}`];
        if (template) label.textContent = fill(template, n);
      }
    }
    const remove = row.querySelector<HTMLButtonElement>('[data-remove]');
    if (remove && labels.labelRemove) remove.textContent = fill(labels.labelRemove, n);
  });
}

function newRow(form: HTMLFormElement, draft?: Draft): HTMLFieldSetElement {
  const template = form.querySelector<HTMLTemplateElement>('template[data-row-template]')!;
  const row = (template.content.firstElementChild as HTMLFieldSetElement).cloneNode(true) as HTMLFieldSetElement;
  for (const input of row.querySelectorAll<HTMLInputElement>('[data-field]')) {
    const value = draft?.[input.dataset.field as keyof Draft];
    if (input.type === 'checkbox') input.checked = value === true;
    else input.value = typeof value === 'string' ? value : '';
  }
  return row;
}

export function wireBuilder(form: HTMLFormElement): void {
  const rows = form.querySelector<HTMLElement>('[data-rows]')!;
  form.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('[data-remove]')) {
      target.closest('[data-row]')?.remove();
      renumber(form);
    } else if (target.closest('[data-add-row]')) {
      const row = newRow(form);
      rows.append(row);
      renumber(form);
      row.querySelector<HTMLInputElement>('[data-field="code"]')?.focus();
    }
  });
  const drafts = JSON.parse(form.dataset.drafts ?? '{}') as Record<string, Draft[]>;
  form.querySelector<HTMLSelectElement>('select[name="base"]')?.addEventListener('change', (event) => {
    const list = drafts[(event.target as HTMLSelectElement).value];
    if (!list) return;
    rows.replaceChildren(...list.map((d) => newRow(form, d)));
    renumber(form);
  });
}
