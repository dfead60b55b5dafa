/**
 * Catalogue definition helper. Every area catalogue (survey-kit/i18n/<area>.ts) is built with
 * `defineCatalogue(id, en)`: the Indonesian object fixes the keys, and the English object must
 * carry exactly the same keys (a missing or extra key is a compile error).
 */
export interface Catalogue<K extends string> {
  id: Readonly<Record<K, string>>;
  en: Readonly<Record<K, string>>;
}

export function defineCatalogue<const T extends Record<string, string>>(
  id: T,
  en: { readonly [P in keyof T]: string },
): Catalogue<Extract<keyof T, string>> {
  return { id, en } as Catalogue<Extract<keyof T, string>>;
}
