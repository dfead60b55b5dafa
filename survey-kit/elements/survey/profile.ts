/**
 * The profile screens (sex, age, education, occupation). Each one can be declined; a declined
 * or skipped field is sent as absent, never filled with a default.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CitizenMessageKey as MessageKey } from '../../i18n/citizen';
import { choiceGroup } from './choices';
import { AGE_MAX, AGE_MIN, PROFILE_CHOICES, type ProfileField } from './model';

export interface ProfileHost {
  msg(key: MessageKey, params?: Record<string, string | number>): string;
  pick(field: ProfileField, value: string): void;
  check(field: ProfileField, value: string): void;
  decline(field: ProfileField): void;
  setAgeDraft(value: string): void;
  submitAge(): void;
}

const CHOICE_PREFIX = { jenis_kelamin: 'survey.sex.', pendidikan: 'survey.edu.', pekerjaan: 'survey.job.' } as const;

export function renderProfileStep(
  host: ProfileHost,
  field: ProfileField,
  value: string | number | null | undefined,
  ageDraft: string,
  ageError: boolean,
): TemplateResult {
  const heading = html`<h2 id="h" tabindex="-1" part="heading">${host.msg(`survey.profile.${field}`)}</h2>
    <p class="hint" id="pnote">${host.msg('survey.profile.note')}</p>`;
  const decline = html`<button type="button" class="decline" @click=${() => host.decline(field)}>
    ${host.msg('survey.profile.decline')}
  </button>`;
  if (field === 'usia') {
    return html`${heading}
      <div class="age">
        <input
          id="age"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          maxlength="3"
          aria-labelledby="h age-unit"
          aria-describedby=${ageError ? 'age-err' : 'pnote'}
          aria-invalid=${ageError ? 'true' : 'false'}
          .value=${ageDraft}
          @input=${(e: Event) => host.setAgeDraft((e.target as HTMLInputElement).value.replace(/\D/g, ''))}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') host.submitAge();
          }}
        />
        <span id="age-unit">${host.msg('survey.profile.ageUnit')}</span>
      </div>
      ${ageError ? html`<p class="error" id="age-err" role="alert">${host.msg('survey.profile.ageInvalid', { min: AGE_MIN, max: AGE_MAX })}</p>` : nothing}
      ${decline}`;
  }
  const prefix = CHOICE_PREFIX[field];
  return html`${heading}
    ${choiceGroup({
      choices: PROFILE_CHOICES[field].map((code) => ({ value: code, label: host.msg(`${prefix}${code}` as MessageKey) })),
      selected: typeof value === 'string' ? value : undefined,
      labelledBy: 'h',
      describedBy: 'pnote',
      className: 'grid2',
      onPick: (v) => host.pick(field, v),
      onCheck: (v) => host.check(field, v),
    })}
    ${decline}`;
}
