import { Drawer, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';

/** The side panel in which a record is created or edited, with its history once it exists. */
export function RecordDrawer(props: {
  opened: boolean;
  title: string;
  onClose: () => void;
  form: ReactNode;
  history?: ReactNode;
}) {
  return (
    <Drawer opened={props.opened} onClose={props.onClose} title={props.title} position="right" size="lg">
      {props.history ? (
        <Tabs defaultValue="details">
          <Tabs.List mb="md">
            <Tabs.Tab value="details">Gegevens</Tabs.Tab>
            <Tabs.Tab value="history">Geschiedenis</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="details">{props.form}</Tabs.Panel>
          <Tabs.Panel value="history">{props.history}</Tabs.Panel>
        </Tabs>
      ) : (
        props.form
      )}
    </Drawer>
  );
}
