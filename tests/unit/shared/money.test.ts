import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../shared/domain/format';
import { parseMoney } from '../../../shared/domain/money';

const DOT = /punt staat voor duizendtallen/;
const EXAMPLE = /zoals 41\.850 of 10\.462,50/;

describe('reading an amount typed the Dutch way', () => {
  it.each([
    ['41.850', 4_185_000],
    ['41850', 4_185_000],
    ['41.850,00', 4_185_000],
    ['41850,5', 4_185_050],
    ['€ 41.850', 4_185_000],
    ['€41.850,-', 4_185_000],
    ['10.462,50', 1_046_250],
    ['60.000', 6_000_000],
    ['1.000.000', 100_000_000],
    ['  41.850  ', 4_185_000],
    ['€\u00a041.850,00', 4_185_000],
    ['0,01', 1],
    ['0', 0],
    ['850', 85_000],
    ['41,85', 4185],
    ['123', 12_300],
    ['007', 700],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseMoney(text)).toEqual({ ok: true, cents });
  });

  it('reads nothing typed as no amount', () => {
    expect(parseMoney('')).toEqual({ ok: true, cents: null });
    expect(parseMoney('   ')).toEqual({ ok: true, cents: null });
  });

  it.each([
    ['41.85', DOT],
    ['41.8500', DOT],
    ['1.2345', DOT],
    ['41850.5', DOT],
    ['1,234.56', DOT],
    ['.850', DOT],
    ['41.850,123', /hoogstens twee cijfers na de komma/],
    ['10,462', /hoogstens twee cijfers na de komma/],
    ['1,2,3', EXAMPLE],
    ['41,850,00', EXAMPLE],
    ['41850,', EXAMPLE],
    ['veertig', EXAMPLE],
    ['41850 euro', EXAMPLE],
    ['EUR 41850', EXAMPLE],
    ['41 850', EXAMPLE],
    ['41850 €', EXAMPLE],
    ['€', EXAMPLE],
    ['--5', EXAMPLE],
    ['-41.850', /niet negatief/],
    ['€ -10,50', /niet negatief/],
    ['99.999.999.999.999.999', /te groot/],
  ])('refuses %j with a Dutch reason, never a guess', (text, message) => {
    const reading = parseMoney(text);
    expect(reading.ok).toBe(false);
    expect(reading.ok ? '' : reading.message).toMatch(message);
  });

  it.each([
    ['-41.850', -4_185_000],
    ['-€ 10.462,50', -1_046_250],
    ['€ -10.462,50', -1_046_250],
    ['-0', 0],
  ])('reads %j as %i cents where the field allows a negative amount', (text, cents) => {
    expect(parseMoney(text, { negative: true })).toEqual({ ok: true, cents });
  });

  it('reads back every amount as the app shows it', () => {
    for (const cents of [0, 1, 99, 4_185_000, 1_046_250, 123_456_789]) {
      expect(parseMoney(formatMoney(cents))).toEqual({ ok: true, cents });
    }
    expect(parseMoney(formatMoney(-1_046_250), { negative: true })).toEqual({ ok: true, cents: -1_046_250 });
  });
});
