/** The downloadable templates are valid input for the importer, and up to date with their generator. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateCsv, TEMPLATE_HEADER } from '../../scripts/make-templates';
import { SKM_2017 } from '../../survey-kit';
import { validatePaperTable } from '../../survey-kit/paper';
import { readTable } from './read-table';

const DIR = resolve(import.meta.dirname, '../../site/public/templates');

describe('paper templates', () => {
  it('the committed CSV is what scripts/make-templates.ts writes', () => {
    expect(readFileSync(resolve(DIR, 'skm-template.csv'), 'utf8')).toBe(templateCsv());
  });

  it('CSV and XLSX hold every element code and the optional columns, and two valid example rows', async () => {
    const [csv, xlsx] = await Promise.all([readTable(resolve(DIR, 'skm-template.csv')), readTable(resolve(DIR, 'skm-template.xlsx'))]);
    for (const table of [csv, xlsx]) {
      expect(table.header).toEqual(TEMPLATE_HEADER);
      for (const code of SKM_2017.elements.map((e) => e.code)) expect(table.header).toContain(code);
      const checked = validatePaperTable(table, SKM_2017);
      expect(checked.errors).toEqual([]);
      expect(checked.rows).toHaveLength(2);
    }
    expect(validatePaperTable(xlsx, SKM_2017).rows).toEqual(validatePaperTable(csv, SKM_2017).rows);
    expect(validatePaperTable(csv, SKM_2017).rows.map((r) => r.day)).toEqual(['2026-01-15', '2026-01-16']);
  });
});
