import { createColumnHelper, createTable, getCoreRowModel } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { orderRows } from '../../../renderer/ui/rows';

interface Family {
  name: string;
  place: string;
  days: number;
  status: string;
}

const data: Family[] = [
  { name: 'Familie Özdemir', place: 'Haarlem', days: 3, status: 'Actief' },
  { name: 'Familie de Vries', place: 'Zandvoort', days: 21, status: 'Inactief' },
  { name: 'Familie Bakker', place: 'Haarlem', days: 9, status: 'Actief' },
  { name: 'Familie Aydın', place: 'Heemstede', days: 9, status: 'Actief' },
];

const column = createColumnHelper<Family>();
const columns = [
  column.accessor('name', { header: 'Gezin' }),
  column.accessor('place', { header: 'Plaats' }),
  column.accessor('days', { header: 'Dagen' }),
  column.accessor('status', {
    header: 'Status',
    meta: { filterOptions: ['Actief', 'Inactief'], text: (f) => f.status },
  }),
];

const leafColumns = createTable({
  data: [],
  columns,
  getCoreRowModel: getCoreRowModel(),
  state: {},
  onStateChange: () => undefined,
  renderFallbackValue: null,
}).getAllLeafColumns();

const names = (positions: number[]) => positions.map((i) => data[i].name.replace('Familie ', ''));

describe('ordering the rows of the DataTable', () => {
  it('keeps the order given when nothing is chosen', () => {
    expect(names(orderRows(data, leafColumns, [], [], ''))).toEqual(['Özdemir', 'de Vries', 'Bakker', 'Aydın']);
  });

  it('sorts text the Dutch way, accents aside, and numbers as numbers, ties in the original order', () => {
    expect(names(orderRows(data, leafColumns, [{ id: 'name', desc: false }], [], ''))).toEqual([
      'Aydın',
      'Bakker',
      'de Vries',
      'Özdemir',
    ]);
    expect(names(orderRows(data, leafColumns, [{ id: 'days', desc: true }], [], ''))).toEqual([
      'de Vries',
      'Bakker',
      'Aydın',
      'Özdemir',
    ]);
  });

  it('searches every column without regard to case or accents', () => {
    expect(names(orderRows(data, leafColumns, [], [], 'ozdem'))).toEqual(['Özdemir']);
    expect(names(orderRows(data, leafColumns, [], [], 'HAARLEM'))).toEqual(['Özdemir', 'Bakker']);
  });

  it('filters a column by text, and a column with choices by the exact choice', () => {
    expect(names(orderRows(data, leafColumns, [], [{ id: 'place', value: 'haar' }], ''))).toEqual([
      'Özdemir',
      'Bakker',
    ]);
    expect(names(orderRows(data, leafColumns, [], [{ id: 'status', value: 'Actief' }], ''))).toEqual([
      'Özdemir',
      'Bakker',
      'Aydın',
    ]);
  });
});
