import { Stack, Tabs, Title } from '@mantine/core';
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
      <Tabs defaultValue="municipalities" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="municipalities">Gemeenten</Tabs.Tab>
          <Tabs.Tab value="coordinators">Coördinatoren</Tabs.Tab>
          <Tabs.Tab value="contracts">Opdrachten</Tabs.Tab>
          <Tabs.Tab value="due">Te factureren</Tabs.Tab>
          <Tabs.Tab value="invoices">Facturen</Tabs.Tab>
          <Tabs.Tab value="overview">Overzicht</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="municipalities">
          <MunicipalitiesTab />
        </Tabs.Panel>
        <Tabs.Panel value="coordinators">
          <CoordinatorsTab />
        </Tabs.Panel>
        <Tabs.Panel value="contracts">
          <ContractsTab />
        </Tabs.Panel>
        <Tabs.Panel value="due">
          <DueTab />
        </Tabs.Panel>
        <Tabs.Panel value="invoices">
          <InvoicesTab />
        </Tabs.Panel>
        <Tabs.Panel value="overview">
          <OverviewTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
