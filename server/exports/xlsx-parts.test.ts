import { describe, expect, it } from 'vitest';
import { columnName, rowXml, workbookParts, xmlText } from './xlsx-parts';

describe('columnName', () => {
  it('counts A…Z, AA…ZZ, AAA like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('xmlText', () => {
  it('escapes markup, keeps a carriage return as a reference and drops what XML cannot carry', () => {
    expect(xmlText('a < b & c > "d"')).toBe('a &lt; b &amp; c &gt; &quot;d&quot;');
    expect(xmlText('baris\r\nbaru\ttab')).toBe('baris&#13;\nbaru\ttab');
    expect(xmlText('x\u0000y\u0007z\u001F\uFFFE')).toBe('xyz');
    expect(xmlText('Pelayanan ramah 👍')).toBe('Pelayanan ramah 👍');
  });
});

describe('rowXml', () => {
  it('writes numbers as values and text as inline strings, and leaves out empty cells', () => {
    const columns = ['A', 'B', 'C', 'D', 'E'];
    expect(rowXml(7, [1.5, '=1+1', null, ' spasi ', Number.NaN], columns)).toBe(
      '<row r="7"><c r="A7"><v>1.5</v></c><c r="B7" t="inlineStr"><is><t>=1+1</t></is></c>' +
        '<c r="D7" t="inlineStr"><is><t xml:space="preserve"> spasi </t></is></c></row>',
    );
  });
});

describe('workbookParts', () => {
  it('lists every sheet in the workbook, its relationships and the content types, with names escaped', () => {
    const parts = new Map(workbookParts(['Jawaban', 'A & B']));
    expect(parts.get('xl/workbook.xml')).toContain('<sheet name="Jawaban" sheetId="1" r:id="rId1"/><sheet name="A &amp; B" sheetId="2" r:id="rId2"/>');
    expect(parts.get('xl/_rels/workbook.xml.rels')).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"');
    expect(parts.get('xl/_rels/workbook.xml.rels')).toContain('Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"');
    expect(parts.get('[Content_Types].xml')).toContain('<Override PartName="/xl/worksheets/sheet2.xml"');
    expect([...parts.keys()].sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml']);
  });
});
