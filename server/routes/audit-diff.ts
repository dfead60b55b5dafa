/**
 * The audit log's before/after as a list of changed keys with their values as plain text, for
 * people reading the log (the API's `changes` and the /pengaturan/audit page). The page renders
 * these strings as text: a value is never markup.
 */

export interface AuditChangeRow {
  key: string;
  /** null: the key was absent (or the record did not exist) on that side. */
  before: string | null;
  after: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as one line of text: strings as they are, lists joined, anything else as JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.length === 0 ? '–' : value.join(', ');
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The keys whose values differ between `before` and `after`, in first-seen order. A side that
 * is not an object (a creation's null before, a bare value) is shown under the key "".
 */
export function auditChanges(before: unknown, after: unknown): AuditChangeRow[] {
  const b = isRecord(before) ? before : before === null || before === undefined ? {} : null;
  const a = isRecord(after) ? after : after === null || after === undefined ? {} : null;
  if (b === null || a === null) {
    return same(before, after) ? [] : [{ key: '', before: before == null ? null : valueText(before), after: after == null ? null : valueText(after) }];
  }
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((key) => !same(b[key], a[key]))
    .map((key) => ({ key, before: key in b ? valueText(b[key]) : null, after: key in a ? valueText(a[key]) : null }));
}
