import { Button, Drawer, FileButton, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createColumnHelper } from '@tanstack/react-table';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import {
  INCIDENT_STATUSES,
  INCIDENT_STATUS_LABELS,
  incidentFields,
  type IncidentDto,
  type IncidentFormValues,
} from '../../../shared/api/insurance';
import { formatDateTime, formatMoney } from '../../../shared/domain/format';
import { call, useApiMutation, useApiQuery } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { dateColumn } from '../../ui/columns';
import { DataTable } from '../../ui/DataTable';
import { DateField } from '../../ui/DateField';
import { readAttachment } from '../../ui/files';
import { auditedChanges, notifyError, notifySaved, saveForm, storedRecord, useVersionedForm } from '../../ui/form';
import { FormActions } from '../../ui/FormActions';
import { MoneyField } from '../../ui/MoneyField';
import { useToday } from '../../ui/today';
import { INCIDENT_LABELS } from './labels';

const column = createColumnHelper<IncidentDto>();
const columns = [
  dateColumn<IncidentDto>('date', 'Datum', (i) => i.date),
  column.accessor('families', { header: 'Koppeling', size: 250 }),
  column.accessor('description', { header: 'Wat er gebeurde', size: 300 }),
  column.accessor((i) => i.policy ?? '', { id: 'policy', header: 'Polis', size: 200 }),
  column.accessor((i) => i.claimNumber ?? '', { id: 'claim', header: 'Schadenummer', size: 120 }),
  column.accessor((i) => INCIDENT_STATUS_LABELS[i.status], {
    id: 'status',
    header: 'Status',
    size: 130,
    meta: { filterOptions: Object.values(INCIDENT_STATUS_LABELS) },
  }),
  column.accessor((i) => (i.amountCents === null ? '' : formatMoney(i.amountCents)), {
    id: 'amount',
    header: 'Bedrag',
    size: 110,
  }),
];

export function IncidentsTab() {
  const { data = [] } = useApiQuery('incidents.list', {});
  const [editing, setEditing] = useState<IncidentDto | 'new' | null>(null);
  return (
    <>
      <DataTable
        label="Incidenten en claims"
        data={data}
        columns={columns}
        getRowId={(i) => String(i.id)}
        onOpen={setEditing}
        exportFileName="incidenten.csv"
        emptyText="Geen incidenten."
        height="calc(100vh - 250px)"
        toolbar={<Button onClick={() => setEditing('new')}>Nieuw incident</Button>}
      />
      <Drawer opened={editing !== null} onClose={() => setEditing(null)} title="Incident" position="right" size="lg">
        {editing && (
          <IncidentForm
            key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
            incident={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Drawer>
    </>
  );
}

function initialValues(today: string, incident?: IncidentDto): IncidentFormValues {
  return {
    date: incident?.date ?? today,
    matchId: incident?.matchId ?? (undefined as unknown as number),
    policyId: incident?.policyId ?? null,
    description: incident?.description ?? '',
    claimNumber: incident?.claimNumber ?? '',
    status: incident?.status ?? 'gemeld',
    amountCents: incident?.amountCents ?? null,
  };
}

function IncidentForm({ incident, onDone }: { incident?: IncidentDto; onDone: () => void }) {
  const today = useToday();
  const form = useForm<IncidentFormValues>({
    initialValues: initialValues(today, incident),
    validate: zod4Resolver(incidentFields),
  });
  const id = incident?.id ?? 0;
  const versioned = useVersionedForm(form, {
    stored: { values: initialValues(today, incident), version: incident?.version ?? 0 },
    reload: async () => {
      const stored = storedRecord(await call('incidents.list', {}), id);
      return { values: initialValues(today, stored), version: stored.version };
    },
    changesSince: auditedChanges('incident', id),
  });
  const matches = useApiQuery('matches.list', { municipalityId: null });
  const policies = useApiQuery('policies.list', {});
  const create = useApiMutation('incidents.create');
  const update = useApiMutation('incidents.update');
  const submit = saveForm(
    form,
    async (values) => {
      if (incident) await update.mutateAsync({ ...values, id: incident.id, version: versioned.version });
      else await create.mutateAsync(values);
      onDone();
    },
    () => 'Het incident is opgeslagen.',
    versioned,
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ClashNotice versioned={versioned} labels={INCIDENT_LABELS} />
        <DateField label="Datum" withAsterisk w={180} {...form.getInputProps('date')} />
        <Select
          label="Koppeling"
          withAsterisk
          searchable
          data={(matches.data ?? []).map((m) => ({
            value: String(m.id),
            label: `${m.requestingFamilyName} – ${m.supportFamilyName} (${m.municipalityName})`,
          }))}
          value={form.values.matchId ? String(form.values.matchId) : null}
          onChange={(v) => form.setFieldValue('matchId', Number(v))}
          error={form.errors.matchId}
        />
        <Select
          label="Polis"
          clearable
          data={(policies.data ?? []).map((p) => ({ value: String(p.id), label: `${p.insurer} ${p.policyNumber}` }))}
          value={form.values.policyId ? String(form.values.policyId) : null}
          onChange={(v) => form.setFieldValue('policyId', v === null ? null : Number(v))}
        />
        <Textarea label="Wat er gebeurde" withAsterisk autosize minRows={3} {...form.getInputProps('description')} />
        <Group grow>
          <TextInput label="Schadenummer" {...form.getInputProps('claimNumber')} />
          <Select
            label="Status"
            allowDeselect={false}
            data={INCIDENT_STATUSES.map((value) => ({ value, label: INCIDENT_STATUS_LABELS[value] }))}
            {...form.getInputProps('status')}
          />
          <MoneyField
            label="Bedrag"
            value={form.values.amountCents}
            onChange={(c) => form.setFieldValue('amountCents', c)}
            error={form.errors.amountCents}
          />
        </Group>
        {incident && <IncidentDocuments incident={incident} />}
        <FormActions onCancel={onDone} saving={create.isPending || update.isPending} />
      </Stack>
    </form>
  );
}

function IncidentDocuments({ incident }: { incident: IncidentDto }) {
  const attach = useApiMutation('incidents.attachDocument');
  const keep = (file: File | null) =>
    file &&
    readAttachment(file)
      .then((picked) => attach.mutateAsync({ id: incident.id, version: incident.version, ...picked }))
      .then(() => notifySaved('Het document is bewaard.'), notifyError);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        Documenten
      </Text>
      {incident.documents.map((d) => (
        <Group key={d.id} gap="xs">
          <Text size="sm">{d.fileName}</Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(d.createdAt)}
          </Text>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => call('incidents.openDocument', { id: d.id }).catch(notifyError)}
          >
            Openen
          </Button>
        </Group>
      ))}
      <Group>
        <FileButton onChange={keep} accept="application/pdf,image/png,image/jpeg">
          {(props) => (
            <Button size="xs" variant="subtle" {...props}>
              Document toevoegen…
            </Button>
          )}
        </FileButton>
      </Group>
    </Stack>
  );
}
