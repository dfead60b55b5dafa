/** The two shapes an IKM result is printed in: the `--json` object and a readable table. */
import { t } from '../../survey-kit';
import type { IkmResult, Lang, Method, Mutu } from '../../survey-kit';

export interface IkmJson {
  respondents: number | null;
  method: Method;
  elements: {
    code: string;
    answered: number | null;
    nrr: number | null;
    konversi: number | null;
    mutu: Mutu | null;
    ci95: [number, number] | null;
  }[];
  ikm: number | null;
  konversi: number | null;
  mutu: Mutu | null;
  kinerja: IkmResult['kinerja'];
  ci95: [number, number] | null;
}

/** Exactly the documented fields of `skm ikm --json`, in the documented order. */
export function ikmJson(r: IkmResult): IkmJson {
  return {
    respondents: r.respondents,
    method: r.method,
    elements: r.elements.map((e) => ({
      code: e.code,
      answered: e.answered,
      nrr: e.nrr,
      konversi: e.konversi,
      mutu: e.mutu,
      ci95: e.ci95,
    })),
    ikm: r.ikm,
    konversi: r.konversi,
    mutu: r.mutu,
    kinerja: r.kinerja,
    ci95: r.ci95,
  };
}

/**
 * A number for reading: Indonesian style in `id` (76,61 and 1.000), English style in `en`.
 * Written by hand rather than with Intl so that the output does not depend on the ICU data
 * Node was built with; values are already rounded where it matters (konversi).
 */
export function formatNumber(lang: Lang, n: number, decimals: number): string {
  const [whole, fraction] = n.toFixed(decimals).split('.') as [string, string | undefined];
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  const sign = negative ? '-' : '';
  return fraction === undefined ? sign + grouped : `${sign}${grouped}${lang === 'id' ? ',' : '.'}${fraction}`;
}

function ci(lang: Lang, range: [number, number] | null): string {
  return range ? `${formatNumber(lang, range[0], 2)}–${formatNumber(lang, range[1], 2)}` : '–';
}

function pad(cells: readonly string[], widths: readonly number[], rightAligned: ReadonlySet<number>): string {
  return cells
    .map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
    .join('  ')
    .trimEnd();
}

/** The readable table: context lines first (file or unit, range), then one row per element. */
export function ikmTable(lang: Lang, r: IkmResult, context: readonly string[]): string[] {
  const method = t(lang, r.method === '2017' ? 'cli.table.method2017' : 'cli.table.method2004');
  const lines = [
    ...context,
    t(lang, 'cli.table.method', { method }),
    t(lang, 'cli.table.respondents', { count: formatNumber(lang, r.respondents ?? 0, 0) }),
    '',
  ];
  const dash = '–';
  const header = ['element', 'answered', 'nrr', 'konversi', 'mutu', 'ci'].map((k) =>
    t(lang, `cli.table.${k}` as Parameters<typeof t>[1]),
  );
  const body = r.elements.map((e) => [
    e.code,
    e.answered === null ? dash : formatNumber(lang, e.answered, 0),
    e.nrr === null ? dash : formatNumber(lang, e.nrr, 4),
    e.konversi === null ? dash : formatNumber(lang, e.konversi, 2),
    e.mutu ?? dash,
    ci(lang, e.ci95),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const right = new Set([1, 2, 3]);
  lines.push(pad(header, widths, right), widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) lines.push(pad(row, widths, right));
  lines.push('');
  if (r.ikm === null || r.konversi === null || r.mutu === null) {
    lines.push(t(lang, 'cli.table.none'));
    return lines;
  }
  const kinerja = t(lang, `category.${r.mutu}`);
  lines.push(
    `${t(lang, 'cli.table.ikm')}: ${formatNumber(lang, r.ikm, 4)}   ` +
      `${t(lang, 'cli.table.konversi')}: ${formatNumber(lang, r.konversi, 2)}   ` +
      `${t(lang, 'cli.table.mutu')}: ${r.mutu}   ${t(lang, 'cli.table.kinerja')}: ${kinerja}   ` +
      `${t(lang, 'cli.table.ci')}: ${ci(lang, r.ci95)}`,
  );
  return lines;
}
