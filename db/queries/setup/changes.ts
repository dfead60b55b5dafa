/** Partial updates of set-up rows: only the fields that really change, so a no-op writes nothing. */

/** The fields of `changes` whose value differs from `row`; undefined when none does. */
export function changedOnly<R extends object, C extends Partial<R>>(row: R, changes: C): C | undefined {
  const out: Partial<C> = {};
  let any = false;
  for (const key of Object.keys(changes) as (keyof C & keyof R)[]) {
    const value = changes[key];
    if (value === undefined || Object.is(value, row[key])) continue;
    out[key] = value;
    any = true;
  }
  return any ? (out as C) : undefined;
}
