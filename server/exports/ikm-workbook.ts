/**
 * The per-element IKM table as an XLSX workbook: the scope, the method, the headline (IKM,
 * konversi, mutu, kinerja, 95% CI) and one row per element. Every figure is copied from survey-kit's
 * `computeIkm` result as it is (never recomputed here); numbers are number cells with a display
 * format, so a spreadsheet can go on calculating with the exact values.
 */
import type { Service, Unit } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import type { Channel, Day, IkmResult, Instrument, Lang } from '../../survey-kit/types';

export interface IkmTableInput {
  lang: Lang;
  /** null = every unit (the caller's units for an operator). */
  unit: Unit | null;
  service: Service | null;
  channel: Channel | null;
  from: Day;
  to: Day;
  instrument: Instrument;
  result: IkmResult;
  generatedAt: Date;
}

/** "1/9" → 0.111…; a decimal string as it is. */
export function fractionValue(fraction: string): number {
  const [num, den] = fraction.split('/');
  return den === undefined ? Number(num) : Number(num) / Number(den);
}

type Row = (string | number | null)[];

export async function ikmWorkbook(input: IkmTableInput): Promise<Uint8Array<ArrayBuffer>> {
  const { lang, result, instrument } = input;
  const say = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(lang, key, params);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = input.generatedAt;
  const sheet = workbook.addWorksheet(say('exports.sheet.ikm'));
  const all = say('exports.ikm.all');

  const add = (values: Row, formats: Record<number, string> = {}, bold = false) => {
    const row = sheet.addRow(values.map((v) => v ?? undefined));
    for (const [column, numFmt] of Object.entries(formats)) row.getCell(Number(column)).numFmt = numFmt;
    if (bold) row.font = { bold: true };
    return row;
  };

  add([say('exports.ikm.title')], {}, true);
  add([]);
  add([say('exports.ikm.unit'), input.unit ? `${input.unit.name} (${input.unit.slug})` : all]);
  add([say('exports.ikm.service'), input.service ? `${input.service.name} (${input.service.slug})` : all]);
  add([say('exports.ikm.channel'), input.channel ?? all]);
  add([say('exports.ikm.period'), say('exports.ikm.periodValue', { from: input.from, to: input.to })]);
  add([say('exports.ikm.instrument'), `${instrument.name[lang]} (${instrument.code})`]);
  add([say('exports.ikm.method'), say('exports.ikm.methodValue', { method: result.method })]);
  add([say('exports.ikm.respondents'), result.respondents]);
  add([say('exports.ikm.generated'), input.generatedAt.toISOString()]);
  add([]);

  const category = result.mutu ? say(`category.${result.mutu}`) : null;
  add([say('exports.ikm.ikm'), result.ikm], { 2: '0.0000' }, true);
  add([say('exports.ikm.konversi'), result.konversi], { 2: '0.00' }, true);
  add([say('exports.ikm.mutu'), result.mutu], {}, true);
  add([say('exports.ikm.kinerja'), category], {}, true);
  add([say('exports.ikm.ci95Low'), result.ci95?.[0] ?? null], { 2: '0.00' });
  add([say('exports.ikm.ci95High'), result.ci95?.[1] ?? null], { 2: '0.00' });
  add([]);

  add(
    [
      say('exports.ikm.col.code'),
      say('exports.ikm.col.name'),
      say('exports.ikm.col.answered'),
      say('exports.ikm.col.nrr'),
      say('exports.ikm.col.weight'),
      say('exports.ikm.col.effectiveWeight'),
      say('exports.ikm.col.weightedNrr'),
      say('exports.ikm.col.konversi'),
      say('exports.ikm.col.mutu'),
      say('exports.ikm.col.kinerja'),
      say('exports.ikm.col.ciLow'),
      say('exports.ikm.col.ciHigh'),
    ],
    {},
    true,
  );
  const names = new Map(instrument.elements.map((e) => [e.code, e.name[lang]]));
  for (const e of result.elements) {
    add(
      [
        e.code,
        names.get(e.code) ?? e.code,
        e.answered,
        e.nrr,
        // The exact fraction as text ("1/9"): a number cell would show a rounded weight.
        e.weight,
        fractionValue(e.effectiveWeight ?? e.weight),
        e.weightedNrr,
        e.konversi,
        e.mutu,
        e.mutu ? say(`category.${e.mutu}`) : null,
        e.ci95?.[0] ?? null,
        e.ci95?.[1] ?? null,
      ],
      { 4: '0.000', 6: '0.0000', 7: '0.0000', 8: '0.00', 11: '0.00', 12: '0.00' },
    );
  }
  add([]);
  add([say('ikm.ciMethod')]);
  if (result.elements.some((e) => e.excluded)) add([say('ikm.noAnswers')]);
  add([say('exports.ikm.source')]);

  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 40;
  for (let c = 3; c <= 12; c++) sheet.getColumn(c).width = 14;
  // exceljs types its Buffer as an ArrayBuffer; copy into a plain byte array for the response.
  return new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer);
}
