/**
 * The XML of a minimal SpreadsheetML workbook (ECMA-376 part 1), written by hand so that a sheet
 * of a million rows can be produced a chunk at a time: one worksheet part per sheet, text as
 * inline strings (no shared-string table to keep in memory until the end), no styles beyond the
 * default one Excel expects.
 *
 * Text cells are `t="inlineStr"`: a spreadsheet shows them as text and never evaluates them, so a
 * saran "=1+1" opens as the text "=1+1" (the XLSX counterpart of the CSV's formula guard; no
 * `<f>` element is ever written).
 */
import type { Cell } from './columns';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab, line feed and carriage
 * return; U+FFFE, U+FFFF) are dropped, as exceljs did; the markup characters are escaped, and a
 * carriage return is written as a reference so that XML's line-end normalisation keeps it.
 */
const NEEDS_ESCAPE = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ESCAPED = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const REPLACEMENT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

export function xmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (c) => REPLACEMENT[c] ?? '') : text;
}

/** A, B, …, Z, AA, … for the 0-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Leading or trailing white space is kept only when the text says so (xml:space). */
const EDGE_SPACE = /^\s|\s$/;

/**
 * One `<row>` of cells; `columns` are the column names (columnName) of at least as many cells.
 * A null leaves no cell at all; a number that is not finite (never produced by the export) too.
 */
export function rowXml(rowNumber: number, cells: readonly Cell[], columns: readonly string[]): string {
  let xml = `<row r="${rowNumber}">`;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null || cell === undefined) continue;
    const ref = `${columns[i]}${rowNumber}`;
    if (typeof cell === 'number') {
      if (Number.isFinite(cell)) xml += `<c r="${ref}"><v>${cell}</v></c>`;
    } else {
      const space = EDGE_SPACE.test(cell) ? ' xml:space="preserve"' : '';
      xml += `<c r="${ref}" t="inlineStr"><is><t${space}>${xmlText(cell)}</t></is></c>`;
    }
  }
  return `${xml}</row>`;
}

/** Everything of a worksheet before its first row: the header row stays in view (frozen pane). */
export const SHEET_START =
  `${DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
  '<selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>';

export const SHEET_END = '</sheetData></worksheet>';

export const sheetPath = (n: number) => `xl/worksheets/sheet${n}.xml`;

/** The parts other than the worksheets, once their names are known; paths inside the zip → XML. */
export function workbookParts(sheetNames: readonly string[]): [path: string, xml: string][] {
  const sheets = sheetNames.map((name, i) => ({ name, n: i + 1 }));
  const stylesRel = sheets.length + 1;
  return [
    [
      '[Content_Types].xml',
      `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets.map((s) => `<Override PartName="/${sheetPath(s.n)}" ContentType="${WORKSHEET_TYPE}"/>`).join('') +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` +
        sheets.map((s) => `<sheet name="${xmlText(s.name)}" sheetId="${s.n}" r:id="rId${s.n}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">` +
        sheets.map((s) => `<Relationship Id="rId${s.n}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${s.n}.xml"/>`).join('') +
        `<Relationship Id="rId${stylesRel}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      `${DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
        '</styleSheet>',
    ],
  ];
}
