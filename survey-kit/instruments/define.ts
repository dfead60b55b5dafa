/** Compact builders for instrument data (shared by the built-in instruments). */
import type { ElementDef, Text } from '../types';

export type Pair = readonly [id: string, en: string];

function text([id, en]: Pair): Text {
  return { id, en };
}

/** An element from [id, en] pairs; labels are for scores 1..4 in order. */
export function element(
  code: string,
  name: Pair,
  question: Pair,
  labels: readonly [Pair, Pair, Pair, Pair],
  extra: Partial<Pick<ElementDef, 'optional' | 'weight'>> = {},
): ElementDef {
  return {
    code,
    name: text(name),
    question: text(question),
    labels: [text(labels[0]), text(labels[1]), text(labels[2]), text(labels[3])],
    ...extra,
  };
}

/** Freezes built-in data so a consumer cannot alter a shared instrument by accident. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
