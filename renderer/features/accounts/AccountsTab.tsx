import { Badge, Button, Group } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../shared/api/access';
import type { AccountDto } from '../../../shared/api/accounts';
import { useApiQuery } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { HistoryList } from '../../ui/HistoryList';
import { RecordDrawer } from '../../ui/RecordDrawer';
import { EditAccountForm, NewAccountForm } from './AccountForm';

const column = createColumnHelper<AccountDto>();

const columns = [
  column.accessor('name', { header: 'Naam', size: 220 }),
  column.accessor('login', { header: 'Gebruikersnaam', size: 180 }),
  column.accessor((account) => account.roles.map((role) => ROLE_LABELS[role]).join(', '), {
    id: 'roles',
    header: 'Rollen',
    size: 260,
  }),
  column.accessor((account) => (account.enabled ? 'Actief' : 'Uitgezet'), {
    id: 'enabled',
    header: 'Status',
    size: 110,
    cell: (info) => (
      <Badge color={info.row.original.enabled ? 'teal' : 'gray'} variant="light">
        {info.getValue()}
      </Badge>
    ),
  }),
];

/** Beheer's list of colleagues' accounts on the shared database. */
export function AccountsTab() {
  const { data = [] } = useApiQuery('accounts.list', {});
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const current = typeof editing === 'number' ? data.find((account) => account.id === editing) : undefined;
  const close = () => setEditing(null);
  return (
    <>
      <DataTable
        label="Accounts"
        data={data}
        columns={columns}
        getRowId={(account) => String(account.id)}
        initialSorting={[{ id: 'name', desc: false }]}
        onOpen={(account) => setEditing(account.id)}
        exportFileName="accounts.csv"
        emptyText="Nog geen accounts. Maak er een met 'Nieuw account'."
        toolbar={
          <Group>
            <Button onClick={() => setEditing('new')}>Nieuw account</Button>
          </Group>
        }
      />
      <RecordDrawer
        opened={editing !== null}
        onClose={close}
        title={current ? current.name : 'Nieuw account'}
        form={
          current ? (
            <EditAccountForm key={current.id} account={current} onDone={close} />
          ) : (
            <NewAccountForm onDone={close} />
          )
        }
        history={current && <HistoryList entityType="account" entityId={current.id} />}
      />
    </>
  );
}
