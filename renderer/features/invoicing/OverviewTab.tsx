import { Select } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { OverviewRowDto } from '../../../shared/api/invoices';
import { useApiQuery } from '../../api';
import { moneyColumn } from '../../ui/columns';
import { DataTable } from '../../ui/DataTable';
import { useThisYear } from '../../ui/today';
import { yearChoices } from '../../ui/years';

const column = createColumnHelper<OverviewRowDto>();
const columns = [
  column.accessor('municipalityName', { header: 'Gemeente', size: 220 }),
  column.accessor('invoiceCount', { header: 'Facturen', size: 90 }),
  moneyColumn<OverviewRowDto>('invoicedCents', 'Gefactureerd', (r) => r.invoicedCents, 140),
  moneyColumn<OverviewRowDto>('paidCents', 'Betaald', (r) => r.paidCents, 140),
  moneyColumn<OverviewRowDto>('openCents', 'Open', (r) => r.openCents, 140),
  moneyColumn<OverviewRowDto>('overdueCents', 'Waarvan te laat', (r) => r.overdueCents, 140),
];

/** Per municipality for a year: invoiced (net of credit invoices), paid and open; CSV for the bookkeeper. */
export function OverviewTab() {
  const thisYear = useThisYear();
  const [year, setYear] = useState(String(thisYear));
  const overview = useApiQuery('invoices.overview', { year: Number(year) }, { keepPrevious: true });
  return (
    <DataTable
      label="Overzicht per gemeente"
      data={overview.data ?? []}
      columns={columns}
      getRowId={(r) => String(r.municipalityId)}
      initialSorting={[{ id: 'municipalityName', desc: false }]}
      exportFileName={`facturen-per-gemeente-${year}.csv`}
      emptyText="Geen definitieve facturen in dit jaar."
      toolbar={
        <Select
          aria-label="Jaar"
          w={110}
          data={yearChoices(thisYear)}
          value={year}
          onChange={(v) => setYear(v ?? year)}
          allowDeselect={false}
        />
      }
    />
  );
}
