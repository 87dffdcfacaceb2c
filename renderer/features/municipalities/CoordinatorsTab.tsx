import { createColumnHelper } from '@tanstack/react-table';
import type { CoordinatorDto } from '../../../shared/api/municipalities';
import { useApiQuery } from '../../api';
import { statusColumn } from '../../ui/columns';
import { HistoryList } from '../../ui/HistoryList';
import { RecordsTab } from '../../ui/record';
import { useMayUse } from '../../ui/session';
import { CoordinatorForm } from './CoordinatorForm';

const column = createColumnHelper<CoordinatorDto>();

const columns = [
  column.accessor('name', { header: 'Naam', size: 220 }),
  column.accessor((c) => c.municipalities.map((m) => m.name).join(', '), {
    id: 'municipalities',
    header: 'Gemeenten',
    size: 280,
  }),
  column.accessor('email', { header: 'E-mail', size: 240 }),
  column.accessor('phone', { header: 'Telefoon', size: 140 }),
  statusColumn<CoordinatorDto>(),
];

export function CoordinatorsTab() {
  const editable = useMayUse('coordinators.update');
  const { data = [] } = useApiQuery('coordinators.list', {});
  return (
    <RecordsTab
      editable={editable}
      label="Coördinatoren"
      newLabel="Nieuwe coördinator"
      emptyText="Nog geen coördinatoren. Voeg de eerste toe met 'Nieuwe coördinator'."
      exportFileName="coordinatoren.csv"
      data={data}
      columns={columns}
      renderForm={(coordinator, close) => <CoordinatorForm coordinator={coordinator} onDone={close} />}
      renderHistory={(coordinator) => <HistoryList entityType="coordinator" entityId={coordinator.id} />}
    />
  );
}
