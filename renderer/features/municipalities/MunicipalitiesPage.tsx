import { Badge, Stack, Tabs, Title } from '@mantine/core';
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
        </Tabs.List>
        <Tabs.Panel value="municipalities"><MunicipalitiesTab /></Tabs.Panel>
        <Tabs.Panel value="coordinators"><CoordinatorsTab /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  return active ? <Badge color="teal" variant="light">Actief</Badge> : <Badge color="gray" variant="light">Inactief</Badge>;
}
