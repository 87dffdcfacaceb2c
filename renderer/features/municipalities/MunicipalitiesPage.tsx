import { Stack, Title } from '@mantine/core';
import { RoleTabs } from '../../ui/RoleTabs';
import { ContractsTab } from '../invoicing/ContractsTab';
import { DueTab } from '../invoicing/DueTab';
import { InvoicesTab } from '../invoicing/InvoicesTab';
import { OverviewTab } from '../invoicing/OverviewTab';
import { CoordinatorsTab } from './CoordinatorsTab';
import { MunicipalitiesTab } from './MunicipalitiesTab';

export function MunicipalitiesPage() {
  return (
    <Stack gap="sm">
      <Title order={2}>Gemeenten & facturen</Title>
      <RoleTabs
        tabs={[
          { value: 'municipalities', label: 'Gemeenten', needs: ['municipalities.list'], panel: <MunicipalitiesTab /> },
          { value: 'coordinators', label: 'Coördinatoren', needs: ['coordinators.create'], panel: <CoordinatorsTab /> },
          { value: 'contracts', label: 'Opdrachten', needs: ['contracts.list'], panel: <ContractsTab /> },
          { value: 'due', label: 'Te factureren', needs: ['instalments.due'], panel: <DueTab /> },
          { value: 'invoices', label: 'Facturen', needs: ['invoices.list'], panel: <InvoicesTab /> },
          { value: 'overview', label: 'Overzicht', needs: ['invoices.overview'], panel: <OverviewTab /> },
        ]}
      />
    </Stack>
  );
}
