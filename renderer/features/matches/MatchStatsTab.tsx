import { Button, Select } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { MatchStatsRowDto } from '../../../shared/api/matches';
import { END_REASON_LABELS, type EndReason } from '../../../shared/domain/matches/status';
import { call, useApiQuery } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { savePdf } from '../../ui/files';
import { notifyError } from '../../ui/form';
import { useThisYear } from '../../ui/today';
import { yearChoices } from '../../ui/years';

const column = createColumnHelper<MatchStatsRowDto>();
const columns = [
  column.accessor('municipalityName', { header: 'Gemeente', size: 170 }),
  column.accessor('newMatches', { header: 'Nieuw', size: 80 }),
  column.accessor((r) => r.target ?? '', { id: 'target', header: 'Doel', size: 80 }),
  column.accessor('active', { header: 'Lopend', size: 80 }),
  column.accessor('endedRegular', { header: 'Afgerond', size: 90 }),
  column.accessor('endedEarly', { header: 'Voortijdig', size: 90 }),
  column.accessor(
    (r) =>
      Object.entries(r.earlyReasons)
        .map(([reason, n]) => `${END_REASON_LABELS[reason as EndReason]} (${n})`)
        .join(', '),
    { id: 'reasons', header: 'Redenen', size: 260 },
  ),
  column.accessor((r) => r.medianDaysToMatch ?? '', { id: 'median', header: 'Mediaan dagen tot koppeling', size: 190 }),
];

/** Counts per municipality for a year, and the half-year report to send a municipality. */
export function MatchStatsTab() {
  const thisYear = useThisYear();
  const [year, setYear] = useState(String(thisYear));
  const [selected, setSelected] = useState<MatchStatsRowDto[]>([]);
  const stats = useApiQuery('matches.stats', { year: Number(year) }, { keepPrevious: true });
  const report = (half: 1 | 2) =>
    Promise.all(
      selected.map(async (row) =>
        savePdf(await call('matches.halfYearReport', { municipalityId: row.municipalityId, year: Number(year), half })),
      ),
    ).catch(notifyError);
  return (
    <DataTable
      label="Cijfers per gemeente"
      data={stats.data ?? []}
      columns={columns}
      getRowId={(r) => String(r.municipalityId)}
      initialSorting={[{ id: 'municipalityName', desc: false }]}
      onSelectionChange={setSelected}
      exportFileName={`koppelingen-per-gemeente-${year}.csv`}
      emptyText="Geen koppelingen in dit jaar."
      toolbar={
        <>
          <Select
            aria-label="Jaar"
            w={110}
            data={yearChoices(thisYear)}
            value={year}
            onChange={(v) => setYear(v ?? year)}
            allowDeselect={false}
          />
          <Button variant="default" disabled={selected.length === 0} onClick={() => report(1)}>
            Rapportage 1e halfjaar
          </Button>
          <Button variant="default" disabled={selected.length === 0} onClick={() => report(2)}>
            Rapportage 2e halfjaar
          </Button>
        </>
      }
    />
  );
}
