import { describe, expect, it } from 'vitest';
import { csvText, neutraliseFormula } from '../../../renderer/ui/csv';

describe('CSV exports', () => {
  it('turns a cell that a spreadsheet would read as a formula into text', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x.nl","klik")')).toBe(`'=HYPERLINK("http://x.nl","klik")`);
    expect(neutraliseFormula('+31 6 12345678')).toBe("'+31 6 12345678");
    expect(neutraliseFormula("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(neutraliseFormula('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(neutraliseFormula('\t=1+1')).toBe("'\t=1+1");
    expect(neutraliseFormula('\r=1+1')).toBe("'\r=1+1");
    expect(neutraliseFormula('-')).toBe("'-");
    expect(neutraliseFormula('-12 dagen')).toBe("'-12 dagen");
  });

  it('leaves negative numbers and ordinary text as they are', () => {
    for (const number of ['-12', '-1.234,56', '-0,5', '-1234,5', '-1234.56', '-1.234.567'])
      expect(neutraliseFormula(number)).toBe(number);
    for (const text of ['Familie Jansen', '€ -12,50', '12-03-2026', 'a=b', '', "'al tekst"])
      expect(neutraliseFormula(text)).toBe(text);
  });

  it('writes every cell and header that way, with semicolons and Windows line ends', () => {
    expect(csvText(['Naam', '=Saldo'], [['=1+1', '-1.234,56']])).toBe("Naam;'=Saldo\r\n'=1+1;-1.234,56");
  });
});
