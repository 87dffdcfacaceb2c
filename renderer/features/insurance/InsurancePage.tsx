import { Badge, Button, FileButton, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import {
  COVER_KIND_LABELS,
  type CoveredMatchDto,
  type InsuranceWarningsDto,
  type PolicyDto,
} from '../../../shared/api/insurance';
import { formatDate } from '../../../shared/domain/format';
import { call, useApiMutation, useApiQuery } from '../../api';
import { dateColumn } from '../../ui/columns';
import { DataTable } from '../../ui/DataTable';
import { readAttachment, savePdf } from '../../ui/files';
import { notifyError, notifySaved } from '../../ui/form';
import { HistoryList } from '../../ui/HistoryList';
import { RecordDrawer } from '../../ui/RecordDrawer';
import { IncidentsTab } from './IncidentsTab';
import { PolicyForm } from './PolicyForm';

const column = createColumnHelper<PolicyDto>();
const columns = [
  column.accessor('insurer', { header: 'Verzekeraar', size: 170 }),
  column.accessor('policyNumber', { header: 'Polisnummer', size: 140 }),
  column.accessor((p) => COVER_KIND_LABELS[p.coverKind], { id: 'cover', header: 'Dekking', size: 140 }),
  column.accessor((p) => (p.allMunicipalities ? 'Alle gemeenten' : p.municipalities.map((m) => m.name).join(', ')), {
    id: 'municipalities',
    header: 'Gemeenten',
    size: 260,
  }),
  dateColumn<PolicyDto>('startDate', 'Ingang', (p) => p.startDate),
  column.accessor((p) => p.endDate ?? '', {
    id: 'endDate',
    header: 'Einde',
    size: 130,
    cell: ({ row }) =>
      row.original.endsSoon ? (
        <Badge color="orange" variant="light">
          {formatDate(row.original.endDate)}
        </Badge>
      ) : (
        formatDate(row.original.endDate) || 'doorlopend'
      ),
  }),
  column.accessor((p) => p.coveredMatches.length, { id: 'covered', header: 'Koppelingen', size: 110 }),
];

const coveredColumn = createColumnHelper<CoveredMatchDto>();
const coveredColumns = [
  coveredColumn.accessor('families', { header: 'Koppeling', size: 260 }),
  coveredColumn.accessor('municipalityName', { header: 'Gemeente', size: 140 }),
  coveredColumn.accessor('volunteers', { header: 'Vrijwilligers', size: 240 }),
  coveredColumn.accessor((m) => (m.byName ? 'op naam' : 'via gemeente'), { id: 'how', header: 'Gedekt', size: 110 }),
];

/** Verzekeringen: the policies with the matches they cover, what lacks cover, and incidents. */
export function InsurancePage() {
  const warnings = useApiQuery('insurance.warnings', {});
  const count = (warnings.data?.uncoveredMatches.length ?? 0) + (warnings.data?.endingPolicies.length ?? 0);
  return (
    <Stack gap="sm">
      <Title order={2}>Verzekeringen</Title>
      <Tabs defaultValue="policies" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="policies">Polissen</Tabs.Tab>
          <Tabs.Tab
            value="warnings"
            rightSection={
              count ? (
                <Badge color="red" size="sm">
                  {count}
                </Badge>
              ) : null
            }
          >
            Waarschuwingen
          </Tabs.Tab>
          <Tabs.Tab value="incidents">Incidenten en claims</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="policies">
          <PoliciesTab />
        </Tabs.Panel>
        <Tabs.Panel value="warnings">
          <WarningsTab warnings={warnings.data} />
        </Tabs.Panel>
        <Tabs.Panel value="incidents">
          <IncidentsTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function PoliciesTab() {
  const { data = [] } = useApiQuery('policies.list', {});
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const current = typeof editing === 'number' ? data.find((p) => p.id === editing) : undefined;
  const close = () => setEditing(null);
  return (
    <>
      <DataTable
        label="Polissen"
        data={data}
        columns={columns}
        getRowId={(p) => String(p.id)}
        onOpen={(p) => setEditing(p.id)}
        exportFileName="polissen.csv"
        emptyText="Nog geen polissen. Leg de eerste vast met 'Nieuwe polis'."
        toolbar={<Button onClick={() => setEditing('new')}>Nieuwe polis</Button>}
        height="calc(100vh - 250px)"
      />
      <RecordDrawer
        opened={editing !== null}
        onClose={close}
        title={current ? `${current.insurer} ${current.policyNumber}` : 'Nieuwe polis'}
        form={
          <Stack key={current ? current.id : 'new'}>
            <PolicyForm policy={current} onDone={close} />
            {current && <CoveredMatches policy={current} />}
          </Stack>
        }
        history={current && <HistoryList entityType="policy" entityId={current.id} />}
      />
    </>
  );
}

function CoveredMatches({ policy }: { policy: PolicyDto }) {
  const attach = useApiMutation('policies.attachConditions');
  const keep = (file: File | null) =>
    file &&
    readAttachment(file)
      .then((picked) => attach.mutateAsync({ id: policy.id, version: policy.version, ...picked }))
      .then(() => notifySaved('De voorwaarden zijn bewaard.'), notifyError);
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <FileButton onChange={keep} accept="application/pdf">
          {(props) => (
            <Button size="xs" variant="subtle" {...props}>
              {policy.hasConditions ? 'Andere voorwaarden (PDF)…' : 'Voorwaarden toevoegen (PDF)…'}
            </Button>
          )}
        </FileButton>
        {policy.hasConditions && (
          <Button
            size="xs"
            variant="subtle"
            onClick={() => call('policies.openConditions', { id: policy.id }).catch(notifyError)}
          >
            Voorwaarden openen
          </Button>
        )}
      </Group>
      <Title order={5}>Gedekte koppelingen</Title>
      <DataTable
        label="Gedekte koppelingen"
        data={policy.coveredMatches}
        columns={coveredColumns}
        getRowId={(m) => String(m.matchId)}
        exportFileName={`verzekerden-${policy.policyNumber}.csv`}
        emptyText="Deze polis dekt nu geen lopende koppeling."
        height="320px"
        toolbar={
          <Button
            variant="default"
            onClick={() => call('policies.insuredList', { id: policy.id }).then(savePdf, notifyError)}
          >
            Lijst voor verzekeraar (PDF)
          </Button>
        }
      />
    </Stack>
  );
}

type Uncovered = InsuranceWarningsDto['uncoveredMatches'][number];
type Ending = InsuranceWarningsDto['endingPolicies'][number];
const u = createColumnHelper<Uncovered>();
const e = createColumnHelper<Ending>();
const uncoveredColumns = [
  u.accessor('families', { header: 'Koppeling', size: 300 }),
  u.accessor('municipalityName', { header: 'Gemeente', size: 160 }),
  dateColumn<Uncovered>('startDate', 'Begin', (m) => m.startDate),
];
const endingColumns = [
  e.accessor('insurer', { header: 'Verzekeraar', size: 200 }),
  e.accessor('policyNumber', { header: 'Polisnummer', size: 160 }),
  dateColumn<Ending>('endDate', 'Einde', (p) => p.endDate),
];
const NONE: never[] = [];

function WarningsTab({ warnings }: { warnings?: InsuranceWarningsDto }) {
  const uncovered = warnings?.uncoveredMatches ?? NONE;
  const ending = warnings?.endingPolicies ?? NONE;
  return (
    <Stack>
      <Text size="sm" fw={500}>
        Lopende koppelingen zonder dekking
      </Text>
      <DataTable
        label="Koppelingen zonder dekking"
        data={uncovered}
        getRowId={(m) => String(m.matchId)}
        height="300px"
        exportFileName="zonder-dekking.csv"
        emptyText="Alle lopende koppelingen zijn gedekt."
        columns={uncoveredColumns}
      />
      <Text size="sm" fw={500}>
        Polissen die binnen 60 dagen aflopen
      </Text>
      <DataTable
        label="Aflopende polissen"
        data={ending}
        getRowId={(p) => String(p.policyId)}
        height="220px"
        emptyText="Geen polis loopt binnen 60 dagen af."
        columns={endingColumns}
      />
    </Stack>
  );
}
