/** Maps the header row of a paper-questionnaire table to elements and optional fields. */
import { t, text } from '../i18n';
import type { Instrument } from '../types';
import { PAPER_FIELDS } from './types';
import type { PaperError, PaperField, PaperTable } from './types';

export type ColumnRole = { kind: 'element'; code: string } | { kind: 'field'; field: PaperField };

export interface ResolvedHeader {
  /** Role per column index; columns without a role (unknown, duplicate, unnamed) are ignored. */
  roles: (ColumnRole | undefined)[];
  errors: PaperError[];
}

/** Header names compare trimmed, case-insensitively, with spaces or hyphens read as underscores. */
export function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function roleKey(role: ColumnRole): string {
  return role.kind === 'element' ? `e:${role.code}` : `f:${role.field}`;
}

export function resolveHeader(table: PaperTable, instrument: Instrument): ResolvedHeader {
  const line = table.headerLine ?? 1;
  const errors: PaperError[] = [];
  const byName = new Map<string, ColumnRole>();
  instrument.elements.forEach((el, i) => {
    byName.set(normaliseHeader(el.code), { kind: 'element', code: el.code });
    byName.set(`u${i + 1}`, { kind: 'element', code: el.code });
  });
  for (const field of PAPER_FIELDS) byName.set(field, { kind: 'field', field });

  const roles: (ColumnRole | undefined)[] = [];
  const firstSeen = new Map<string, string>();
  table.header.forEach((raw, index) => {
    const column = raw.trim();
    if (column === '') {
      // Spreadsheets often carry trailing empty columns; only a nameless column with data is a problem.
      const hasData = table.rows.some((r) => (r.cells[index] ?? '').trim() !== '');
      if (hasData) {
        errors.push({
          line,
          column: `#${index + 1}`,
          code: 'unnamed_column',
          message: text('paper.unnamedColumn', { index: index + 1 }),
        });
      }
      roles.push(undefined);
      return;
    }
    const role = byName.get(normaliseHeader(column));
    if (!role) {
      errors.push({
        line,
        column,
        code: 'unknown_column',
        message: text('paper.unknownColumn', {
          column,
          codes: instrument.elements.map((e) => e.code).join(', '),
          count: instrument.elements.length,
          optional: PAPER_FIELDS.join(', '),
        }),
      });
      roles.push(undefined);
      return;
    }
    const key = roleKey(role);
    const first = firstSeen.get(key);
    if (first !== undefined) {
      errors.push({
        line,
        column,
        code: 'duplicate_column',
        message: text('paper.duplicateColumn', { column, first }),
      });
      roles.push(undefined);
      return;
    }
    firstSeen.set(key, column);
    roles.push(role);
  });

  for (const el of instrument.elements) {
    // An optional element (e.g. "biaya" for insured patients) may be left out of the form entirely.
    if (el.optional || firstSeen.has(`e:${el.code}`)) continue;
    errors.push({
      line,
      column: el.code,
      code: 'missing_column',
      message: {
        id: t('id', 'paper.missingColumn', { column: el.code, name: el.name.id }),
        en: t('en', 'paper.missingColumn', { column: el.code, name: el.name.en }),
      },
    });
  }
  return { roles, errors };
}
