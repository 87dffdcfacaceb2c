import { describe, expect, it } from 'vitest';
import { deepEqual, mergeFields, mergedValues, undecided, type FieldMerge } from '../../../renderer/ui/merge';

interface Person {
  id?: number;
  firstName: string;
  role: string;
}

interface FamilyValues {
  street: string;
  phone: string;
  municipalityId: number | null;
  people: Person[];
  schedule: { template: string; instalments: { invoiceDate: string }[] };
}

const marieke: Person = { id: 1, firstName: 'Marieke', role: 'ouder' };
const daan: Person = { id: 2, firstName: 'Daan', role: 'kind' };

const base: FamilyValues = {
  street: 'Kerkstraat',
  phone: '0612345678',
  municipalityId: 1,
  people: [marieke, daan],
  schedule: { template: 'custom', instalments: [{ invoiceDate: '2027-01-31' }] },
};

describe('merging a stale form with the version a colleague saved', () => {
  it.each<[string, Partial<FamilyValues>, Partial<FamilyValues>, Omit<FieldMerge, 'mine' | 'theirs'>[]]>([
    ['nobody changed anything', {}, {}, []],
    ['only I changed a field', { street: 'Kerkplein' }, {}, [{ field: 'street', outcome: 'mine' }]],
    ['only the colleague changed a field', {}, { phone: '0698765432' }, [{ field: 'phone', outcome: 'theirs' }]],
    [
      'we changed different fields',
      { street: 'Kerkplein' },
      { phone: '0698765432' },
      [
        { field: 'street', outcome: 'mine' },
        { field: 'phone', outcome: 'theirs' },
      ],
    ],
    ['we changed a field alike', { phone: '0611111111' }, { phone: '0611111111' }, []],
    [
      'we changed a field differently',
      { phone: '0611111111' },
      { phone: '0622222222' },
      [{ field: 'phone', outcome: 'both' }],
    ],
    [
      'a field emptied by the colleague',
      {},
      { municipalityId: null },
      [{ field: 'municipalityId', outcome: 'theirs' }],
    ],
    [
      'I corrected a name inside the people list',
      { people: [{ ...marieke, firstName: 'Mariëlle' }, daan] },
      {},
      [{ field: 'people', outcome: 'mine' }],
    ],
    [
      'the colleague added a child, I corrected a name: the list is one field',
      { people: [{ ...marieke, firstName: 'Mariëlle' }, daan] },
      { people: [marieke, daan, { firstName: 'Fleur', role: 'kind' }] },
      [{ field: 'people', outcome: 'both' }],
    ],
    [
      'a list copied with its keys in another order is unchanged',
      { people: [{ role: 'ouder', firstName: 'Marieke', id: 1 }, { ...daan }] },
      {},
      [],
    ],
    [
      'a list put in another order is changed',
      {},
      { people: [daan, marieke] },
      [{ field: 'people', outcome: 'theirs' }],
    ],
    [
      'a nested list inside a group of values',
      { schedule: { template: 'custom', instalments: [{ invoiceDate: '2027-02-28' }] } },
      {},
      [{ field: 'schedule', outcome: 'mine' }],
    ],
  ])('%s', (_, mine, theirs, expected) => {
    const fields = mergeFields(base, { ...base, ...mine }, { ...base, ...theirs });
    expect(fields.map(({ field, outcome }) => ({ field, outcome }))).toEqual(expected);
  });

  it("puts my changes on top of the colleague's version, and the choices where we both changed a field", () => {
    const mine = { ...base, street: 'Kerkplein', phone: '0611111111', people: [marieke] };
    const theirs = {
      ...base,
      phone: '0622222222',
      municipalityId: 2,
      people: [marieke, daan, { firstName: 'Fleur', role: 'kind' }],
    };
    const fields = mergeFields(base, mine, theirs);
    expect(undecided(fields, {})).toEqual(['phone', 'people']);
    expect(undecided(fields, { phone: 'mine' })).toEqual(['people']);
    expect(() => mergedValues(fields, theirs, { phone: 'mine' })).toThrow(/people/);
    expect(mergedValues(fields, theirs, { phone: 'mine', people: 'theirs' })).toEqual({
      ...theirs,
      street: 'Kerkplein',
      phone: '0611111111',
    });
    expect(mergedValues(fields, theirs, { phone: 'theirs', people: 'mine' })).toEqual({
      ...theirs,
      street: 'Kerkplein',
      people: [marieke],
    });
  });

  it.each<[unknown, unknown, boolean]>([
    ['a', 'a', true],
    ['', null, false],
    [null, undefined, false],
    [Number.NaN, Number.NaN, true],
    [[1, [2, 3]], [1, [2, 3]], true],
    [[1, 2], [1, 2, 3], false],
    [{ a: 1, b: { c: [1] } }, { b: { c: [1] }, a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: undefined }, {}, true],
    [[], {}, false],
  ])('compares %j and %j by content: %s', (a, b, equal) => {
    expect(deepEqual(a, b)).toBe(equal);
  });
});
