import { Stack, Tabs, Title } from '@mantine/core';
import { QueueTab } from './QueueTab';
import { StatsTab } from './StatsTab';

export function RegistrationsPage() {
  return (
    <Stack gap="sm">
      <Title order={2}>Aanmeldingen</Title>
      <Tabs defaultValue="queue" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="queue">Wachtrij</Tabs.Tab>
          <Tabs.Tab value="stats">Cijfers</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="queue">
          <QueueTab />
        </Tabs.Panel>
        <Tabs.Panel value="stats">
          <StatsTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
