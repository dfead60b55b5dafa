/**
 * A radiogroup of large buttons (WAI-ARIA radio pattern): one tab stop, arrow keys move and
 * check, Enter/Space/click choose. Used for the answers and for the profile's choice fields.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface Choice {
  value: string;
  label: string;
  icon?: TemplateResult;
}

export interface ChoiceGroup {
  choices: readonly Choice[];
  selected: string | undefined;
  labelledBy: string;
  describedBy?: string;
  className: string;
  /** Click, Enter or Space: choose and (usually) move on. */
  onPick: (value: string) => void;
  /** Arrow keys: check without moving on, so a keyboard user can look around first. */
  onCheck: (value: string) => void;
}

export function choiceGroup(g: ChoiceGroup): TemplateResult {
  const focusIndex = Math.max(0, g.choices.findIndex((c) => c.value === g.selected));
  const onKeydown = (e: KeyboardEvent): void => {
    const group = e.currentTarget as HTMLElement;
    const radios = [...group.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
    const i = radios.indexOf(e.target as HTMLButtonElement);
    if (i < 0) return;
    const n = radios.length;
    let j: number;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        j = (i + 1) % n;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        j = (i - 1 + n) % n;
        break;
      case 'Home':
        j = 0;
        break;
      case 'End':
        j = n - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    const target = radios[j];
    if (!target) return;
    target.focus();
    g.onCheck(target.dataset['value'] ?? '');
  };
  return html`<div
    role="radiogroup"
    class="choices ${g.className}"
    part="choices"
    aria-labelledby=${g.labelledBy}
    aria-describedby=${g.describedBy ?? nothing}
    @keydown=${onKeydown}
  >
    ${g.choices.map(
      (c, i) => html`<button
        type="button"
        role="radio"
        class="choice"
        part="choice"
        data-value=${c.value}
        aria-checked=${c.value === g.selected ? 'true' : 'false'}
        tabindex=${i === focusIndex ? 0 : -1}
        @click=${() => g.onPick(c.value)}
      >
        ${c.icon ?? nothing}<span class="label">${c.label}</span><span class="check" aria-hidden="true"></span>
      </button>`,
    )}
  </div>`;
}
