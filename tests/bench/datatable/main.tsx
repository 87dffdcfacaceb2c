import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { createRoot } from 'react-dom/client';
import { DataTable } from '../../../renderer/ui/DataTable';
import { formatDate } from '../../../shared/domain/format';

/** The app's DataTable with 100,000 rows made here, for the benchmark (never part of the app). */
interface Row {
  id: number;
  name: string;
  postcode: string;
  place: string;
  date: string;
}

const PLACES = ['Haarlem', 'Zandvoort', 'Heemstede', 'Bloemendaal', 'Valkenburg', 'Heerenveen'];
const rows: Row[] = Array.from({ length: 100_000 }, (_, i) => ({
  id: i + 1,
  name: `Familie ${['Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Kaya'][i % 6]} ${i + 1}`,
  postcode: `${2000 + (i % 8000)} AB`,
  place: PLACES[i % PLACES.length],
  date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
}));

const column = createColumnHelper<Row>();
const columns = [
  column.accessor('id', { header: 'Nr', size: 80 }),
  column.accessor('name', { header: 'Gezin', size: 260 }),
  column.accessor('postcode', { header: 'Postcode', size: 110 }),
  column.accessor('place', { header: 'Plaats', size: 160 }),
  column.accessor('date', { header: 'Datum', size: 120, cell: (info) => formatDate(info.getValue()) }),
];

(window as unknown as { renderStart: number }).renderStart = performance.now();
createRoot(document.getElementById('root')!).render(
  <MantineProvider>
    <DataTable label="Honderdduizend" data={rows} columns={columns} getRowId={(row) => String(row.id)} height="800px" />
  </MantineProvider>,
);
