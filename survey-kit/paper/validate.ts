/**
 * Checks a table of paper questionnaires against an instrument. Every problem is reported (not
 * only the first) so that a clerk can fix a whole spreadsheet in one pass; the importer stores
 * nothing unless `errors` is empty. The row loop is written for files of 100,000 rows: column
 * roles are resolved once, and a valid row allocates only what it returns.
 */
import { text } from '../i18n';
import type { MessageKey } from '../i18n';
import { EDUCATIONS, OCCUPATIONS } from '../types';
import type { Answers, Day, Instrument, Profile } from '../types';
import { INVALID, readAge, readDay, readEducation, readOccupation, readScore, readSex, readText } from './cells';
import type { Cell } from './cells';
import { resolveHeader } from './header';
import type { PaperError, PaperErrorCode, PaperField, PaperRow, PaperTable, PaperValidation } from './types';

interface Col {
  index: number;
  /** The header as written (trimmed), for messages. */
  column: string;
}

const EDUCATIONS_LIST = EDUCATIONS.join(', ');
const OCCUPATIONS_LIST = OCCUPATIONS.join(', ');

const isBlank = (s: string | undefined): boolean => s === undefined || s.length === 0 || s.trim().length === 0;

/** The row being checked. Helpers are module functions, not per-row closures: tsx wraps every
 * closure it creates with a naming helper, which is measurable at 100,000 rows. */
interface RowCheck {
  line: number;
  cells: readonly string[];
  errors: PaperError[] | undefined;
}

function fail(
  row: RowCheck,
  code: PaperErrorCode,
  key: MessageKey,
  column: string | undefined,
  params: Record<string, string | number>,
): void {
  const error: PaperError =
    column === undefined
      ? { line: row.line, code, message: text(key, params) }
      : { line: row.line, column, code, message: text(key, params) };
  (row.errors ??= []).push(error);
}

function readField<T>(
  row: RowCheck,
  col: Col | undefined,
  reader: (raw: string) => Cell<T>,
  code: PaperErrorCode,
  key: MessageKey,
  values?: string,
): T | null {
  if (!col) return null;
  const raw = row.cells[col.index] ?? '';
  const v = reader(raw);
  if (v !== INVALID) return v;
  fail(row, code, key, col.column, values === undefined ? { value: raw.trim() } : { value: raw.trim(), values });
  return null;
}

export function validatePaperTable(table: PaperTable, instrument: Instrument): PaperValidation {
  const headerLine = table.headerLine ?? 1;
  if (table.header.every((h) => h.trim() === '')) {
    return { rows: [], errors: [{ line: headerLine, code: 'empty_header', message: text('paper.emptyHeader') }] };
  }
  const { roles, errors } = resolveHeader(table, instrument);
  const elementCols: (Col & { code: string })[] = [];
  const fieldCols: Partial<Record<PaperField, Col>> = {};
  roles.forEach((role, index) => {
    if (!role) return;
    const column = table.header[index]!.trim();
    if (role.kind === 'element') elementCols.push({ index, column, code: role.code });
    else fieldCols[role.field] = { index, column };
  });
  const codes = instrument.elements.map((e) => e.code);
  const width = table.header.length;
  // Paper batches share few distinct dates: parse each once.
  const days = new Map<string, Cell<Day>>();
  const readDayCached = (raw: string): Cell<Day> => {
    let day = days.get(raw);
    if (day === undefined) {
      day = readDay(raw);
      days.set(raw, day);
    }
    return day;
  };

  const rows: PaperRow[] = [];
  let seen = 0;
  for (const { line, cells } of table.rows) {
    let lastFilled = -1;
    for (let i = cells.length - 1; i >= 0; i--) {
      if (!isBlank(cells[i])) {
        lastFilled = i;
        break;
      }
    }
    if (lastFilled < 0) continue;
    seen++;
    const row: RowCheck = { line, cells, errors: undefined };
    if (lastFilled >= width) fail(row, 'extra_cells', 'paper.extraCells', undefined, { cells: lastFilled + 1, columns: width });

    const answers: Answers = {};
    for (const code of codes) answers[code] = null;
    let answered = false;
    let badScore = false;
    for (const col of elementCols) {
      const raw = cells[col.index] ?? '';
      const score = readScore(raw);
      if (score === INVALID) {
        badScore = true;
        fail(row, 'invalid_score', 'paper.invalidScore', col.column, { column: col.column, value: raw.trim() });
      } else if (score !== null) {
        answers[col.code] = score;
        answered = true;
      }
    }

    const day = readField(row, fieldCols.tanggal, readDayCached, 'invalid_date', 'paper.invalidDate');
    const profile: Profile = {
      jenisKelamin: readField(row, fieldCols.jenis_kelamin, readSex, 'invalid_sex', 'paper.invalidSex'),
      usia: readField(row, fieldCols.usia, readAge, 'invalid_age', 'paper.invalidAge'),
      pendidikan: readField(row, fieldCols.pendidikan, readEducation, 'invalid_education', 'paper.invalidEducation', EDUCATIONS_LIST),
      pekerjaan: readField(row, fieldCols.pekerjaan, readOccupation, 'invalid_occupation', 'paper.invalidOccupation', OCCUPATIONS_LIST),
      pekerjaanLainnya: fieldCols.pekerjaan_lainnya ? readText(cells[fieldCols.pekerjaan_lainnya.index] ?? '') : null,
    };
    if (profile.pekerjaanLainnya !== null) {
      const occupation = fieldCols.pekerjaan ? (cells[fieldCols.pekerjaan.index] ?? '').trim().toUpperCase() : '';
      if (occupation !== 'LAINNYA') {
        fail(row, 'lainnya_without_lainnya', 'paper.lainnyaWithoutLainnya', fieldCols.pekerjaan_lainnya!.column, {});
      }
    }
    // A row whose only answers are invalid already has an error that says so.
    if (!answered && !badScore) fail(row, 'no_answers', 'paper.noAnswers', undefined, {});

    if (row.errors) {
      errors.push(...row.errors);
      continue;
    }
    rows.push({
      line,
      day,
      answers,
      profile,
      layanan: fieldCols.layanan ? readText(cells[fieldCols.layanan.index] ?? '') : null,
      saran: fieldCols.saran ? readText(cells[fieldCols.saran.index] ?? '') : null,
    });
  }

  if (seen === 0) errors.push({ line: headerLine, code: 'no_rows', message: text('paper.noRows') });
  return { rows, errors };
}
