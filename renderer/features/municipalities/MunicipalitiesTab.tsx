import { createColumnHelper } from '@tanstack/react-table';
import type { MunicipalityDto } from '../../../shared/api/municipalities';
import { useApiQuery } from '../../api';
import { statusColumn } from '../../ui/columns';
import { HistoryList } from '../../ui/HistoryList';
import { RecordsTab } from '../../ui/record';
import { useMayUse } from '../../ui/session';
import { MunicipalityForm } from './MunicipalityForm';

const column = createColumnHelper<MunicipalityDto>();

const columns = [
  column.accessor('name', { header: 'Naam', size: 220 }),
  column.accessor('province', { header: 'Provincie', size: 140 }),
  column.accessor((m) => m.coordinators.map((c) => c.name).join(', '), {
    id: 'coordinators',
    header: 'Coördinatoren',
    size: 260,
  }),
  column.accessor('email', { header: 'E-mail', size: 220 }),
  column.accessor('phone', { header: 'Telefoon', size: 140 }),
  statusColumn<MunicipalityDto>(),
];

export function MunicipalitiesTab() {
  const editable = useMayUse('municipalities.update');
  const { data = [] } = useApiQuery('municipalities.list', {});
  return (
    <RecordsTab
      editable={editable}
      label="Gemeenten"
      newLabel="Nieuwe gemeente"
      emptyText="Nog geen gemeenten. Voeg de eerste toe met 'Nieuwe gemeente'."
      exportFileName="gemeenten.csv"
      data={data}
      columns={columns}
      renderForm={(municipality, close) => <MunicipalityForm municipality={municipality} onDone={close} />}
      renderHistory={(municipality) => <HistoryList entityType="municipality" entityId={municipality.id} />}
    />
  );
}
