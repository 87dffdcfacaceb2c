import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { mayUse } from '../../shared/api/access';
import type { OperationName } from '../../shared/api/contract';
import { contract } from '../../shared/api/contract';
import { useSession } from './session';

export interface RoleTab {
  value: string;
  label: string;
  /** The operations the tab's work needs; a role without them does not see the tab. */
  needs: OperationName[];
  /** Shown only on the team's shared database (accounts, one's own password). */
  sharedOnly?: boolean;
  panel: ReactNode;
}

/** A page's tabs, each shown only to the roles that can use it; `?tab=` in the address opens one. */
export function RoleTabs({ tabs }: { tabs: RoleTab[] }) {
  const session = useSession();
  const [params] = useSearchParams();
  if (!session) return null;
  const shown = tabs.filter(
    (tab) =>
      (!tab.sharedOnly || session.engine === 'postgres') &&
      tab.needs.every((name) => mayUse(contract[name].access, session.roles)),
  );
  if (shown.length === 0) return null;
  return (
    <Tabs
      key={params.get('tab')}
      defaultValue={shown.find((tab) => tab.value === params.get('tab'))?.value ?? shown[0].value}
      keepMounted={false}
    >
      <Tabs.List mb="sm">
        {shown.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {shown.map((tab) => (
        <Tabs.Panel key={tab.value} value={tab.value}>
          {tab.panel}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
