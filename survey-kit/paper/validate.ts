/**
 * Checks a table of paper questionnaires against an instrument. Every problem is reported (not
 * only the first) so that a clerk can fix a whole spreadsheet in one pass; the importer stores
 * nothing unless `errors` is empty.
 */
import { text } from '../i18n';
import type { MessageKey } from '../i18n';
import { EDUCATIONS, OCCUPATIONS } from '../types';
import type { Answers, Instrument, Profile, Score } from '../types';
import { INVALID, readAge, readDay, readEducation, readOccupation, readScore, readSex, readText } from './cells';
import type { Cell } from './cells';
import { resolveHeader } from './header';
import type { PaperError, PaperErrorCode, PaperField, PaperRow, PaperTable, PaperValidation } from './types';

export function validatePaperTable(table: PaperTable, instrument: Instrument): PaperValidation {
  const headerLine = table.headerLine ?? 1;
  if (table.header.every((h) => h.trim() === '')) {
    return { rows: [], errors: [{ line: headerLine, code: 'empty_header', message: text('paper.emptyHeader') }] };
  }
  const { roles, errors } = resolveHeader(table, instrument);
  const rows: PaperRow[] = [];
  let seen = 0;

  for (const { line, cells } of table.rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    seen++;
    const rowErrors: PaperError[] = [];
    const fail = (code: PaperErrorCode, key: MessageKey, column: string, value?: string): void => {
      const params: Record<string, string> = { column };
      if (value !== undefined) params.value = value.trim();
      if (code === 'invalid_education') params.values = EDUCATIONS.join(', ');
      if (code === 'invalid_occupation') params.values = OCCUPATIONS.join(', ');
      rowErrors.push({ line, column, code, message: text(key, params) });
    };

    const lastFilled = cells.reduce((last, c, i) => (c.trim() !== '' ? i : last), -1);
    if (lastFilled >= table.header.length) {
      rowErrors.push({
        line,
        code: 'extra_cells',
        message: text('paper.extraCells', { cells: lastFilled + 1, columns: table.header.length }),
      });
    }

    const answers: Answers = {};
    for (const el of instrument.elements) answers[el.code] = null;
    const fields: Partial<Record<PaperField, { raw: string; column: string }>> = {};
    roles.forEach((role, index) => {
      if (!role) return;
      const raw = cells[index] ?? '';
      const column = table.header[index]!.trim();
      if (role.kind === 'field') {
        fields[role.field] = { raw, column };
        return;
      }
      const score = readScore(raw);
      if (score === INVALID) fail('invalid_score', 'paper.invalidScore', column, raw);
      else answers[role.code] = score;
    });

    const field = <T>(
      name: PaperField,
      read: (raw: string) => Cell<T>,
      code: PaperErrorCode,
      key: MessageKey,
    ): T | null => {
      const f = fields[name];
      if (!f) return null;
      const v = read(f.raw);
      if (v === INVALID) {
        fail(code, key, f.column, f.raw);
        return null;
      }
      return v;
    };
    const day = field('tanggal', readDay, 'invalid_date', 'paper.invalidDate');
    const profile: Profile = {
      jenisKelamin: field('jenis_kelamin', readSex, 'invalid_sex', 'paper.invalidSex'),
      usia: field('usia', readAge, 'invalid_age', 'paper.invalidAge'),
      pendidikan: field('pendidikan', readEducation, 'invalid_education', 'paper.invalidEducation'),
      pekerjaan: field('pekerjaan', readOccupation, 'invalid_occupation', 'paper.invalidOccupation'),
      pekerjaanLainnya: readText(fields.pekerjaan_lainnya?.raw ?? ''),
    };
    const occupationCell = readText(fields.pekerjaan?.raw ?? '');
    if (profile.pekerjaanLainnya !== null && occupationCell?.toUpperCase() !== 'LAINNYA') {
      fail('lainnya_without_lainnya', 'paper.lainnyaWithoutLainnya', fields.pekerjaan_lainnya!.column);
    }

    const answered = Object.values(answers).some((s: Score | null) => s !== null);
    const hadScoreError = rowErrors.some((e) => e.code === 'invalid_score');
    if (!answered && !hadScoreError) {
      rowErrors.push({ line, code: 'no_answers', message: text('paper.noAnswers') });
    }

    if (rowErrors.length > 0) errors.push(...rowErrors);
    else {
      rows.push({
        line,
        day,
        answers,
        profile,
        layanan: readText(fields.layanan?.raw ?? ''),
        saran: readText(fields.saran?.raw ?? ''),
      });
    }
  }

  if (seen === 0) errors.push({ line: headerLine, code: 'no_rows', message: text('paper.noRows') });
  return { rows, errors };
}
