/**
 * One simple face per score, drawn inline so the page needs no image requests (kiosks run
 * offline). Decorative: the answer label is the accessible name, so faces are aria-hidden.
 */
import { html, type TemplateResult } from 'lit';
import type { Score } from '../../types';

// Mouth paths from a deep frown (1) to a wide open smile (4); the eyes stay the same.
const MOUTHS: Record<Score, string> = {
  1: 'M15 34 Q24 24 33 34',
  2: 'M16 32 Q24 28.5 32 32',
  3: 'M16 29 Q24 35.5 32 29',
  4: 'M14 27 Q24 41 34 27 Z',
};

export function face(score: Score): TemplateResult {
  return html`<svg class="face face-${score}" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
    <circle cx="24" cy="24" r="21.5" class="face-bg" />
    <circle cx="17" cy="19" r="2.8" class="face-ink" />
    <circle cx="31" cy="19" r="2.8" class="face-ink" />
    <path d=${MOUTHS[score]} class=${score === 4 ? 'face-mouth face-open' : 'face-mouth'} />
  </svg>`;
}
