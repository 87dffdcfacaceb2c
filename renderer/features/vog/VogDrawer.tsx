import { Badge, Button, Checkbox, FileButton, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { fieldLabels } from '../../../shared/api/history/field';
import { VOG_HISTORY } from '../../../shared/api/history/vog';
import type { VogDetailDto } from '../../../shared/api/vog';
import { formatDate } from '../../../shared/domain/format';
import { VOG_STATUS_LABELS, VOG_TRANSITIONS, type VogStatus } from '../../../shared/domain/vog/status';
import { call, useApiMutation, useApiQuery } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { DateField } from '../../ui/DateField';
import { readAttachment } from '../../ui/files';
import { auditedChanges, notifyError, notifySaved, saveForm, useVersionedForm } from '../../ui/form';
import { HistoryList } from '../../ui/HistoryList';
import { RecordDrawer } from '../../ui/RecordDrawer';
import { useToday } from '../../ui/today';

const STEP_LABELS: Partial<Record<VogStatus, string>> = {
  aangevraagd: 'Aangevraagd',
  ontvangen: 'Ontvangen',
  voornemen_weigering: 'Voornemen tot weigering',
  geweigerd: 'Geweigerd',
  verlopen_aanvraag: 'Verlopen aanvraag',
};

/** For the clash notice: the history's labels, and the form's own names. */
const VOG_LABELS: Record<string, string> = {
  ...fieldLabels(VOG_HISTORY),
  fromStatus: 'Status',
  to: 'Volgende stap',
  date: 'Datum',
};

export function VogDrawer({ personId, onClose }: { personId: number | null; onClose: () => void }) {
  const { data } = useApiQuery('vog.get', { id: personId ?? 0 }, { enabled: personId !== null });
  const vog = data && data.personId === personId ? data : undefined;
  return (
    <RecordDrawer
      opened={personId !== null}
      onClose={onClose}
      title={vog ? `VOG van ${vog.name}` : 'VOG'}
      form={vog ? <VogDetails key={vog.personId} vog={vog} /> : <Loader size="sm" />}
      history={vog && <HistoryList entityType="vog" entityId={vog.personId} />}
    />
  );
}

function VogDetails({ vog }: { vog: VogDetailDto }) {
  const facts: [string, string][] = [
    ['Gezin', `${vog.familyName}${vog.municipalityName ? `, ${vog.municipalityName}` : ''}`],
    ['Geboortedatum', formatDate(vog.birthDate)],
    [
      'Aangevraagd',
      vog.requestedDate
        ? `${formatDate(vog.requestedDate)}${vog.freeScheme ? ' (gratis VOG)' : ''}${vog.requestReference ? `, kenmerk ${vog.requestReference}` : ''}`
        : '–',
    ],
    [
      'Afgegeven',
      vog.issueDate
        ? `${formatDate(vog.issueDate)}${vog.checkedBy ? `, gecontroleerd door ${vog.checkedBy}` : ''}`
        : '–',
    ],
    ['Screeningsprofiel', vog.screeningProfile ?? '–'],
    ['Geldig tot', formatDate(vog.validUntil) || '–'],
    ['Vernieuwen vóór', formatDate(vog.renewBefore) || '–'],
  ];
  return (
    <Stack>
      <Group>
        <Badge variant="light">{VOG_STATUS_LABELS[vog.status]}</Badge>
        {vog.requestOverdue && (
          <Badge color="red" variant="light">
            Aanvraag loopt al {vog.daysWaiting} dagen
          </Badge>
        )}
        {vog.expired && (
          <Badge color="red" variant="light">
            Verlopen
          </Badge>
        )}
      </Group>
      <Table fz="sm">
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td c="dimmed" w={160}>
                {label}
              </Table.Td>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <NextStep vog={vog} />
      <ScanButtons vog={vog} />
      <Table fz="sm" aria-label="VOG-geschiedenis">
        <Table.Tbody>
          {vog.history.map((h, i) => (
            <Table.Tr key={i}>
              <Table.Td>{formatDate(h.date)}</Table.Td>
              <Table.Td>{VOG_STATUS_LABELS[h.toStatus]}</Table.Td>
              <Table.Td>{h.actor}</Table.Td>
              <Table.Td>{h.notes}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

interface StepValues {
  /** The status the step starts from: a colleague's step moves it, and with it the steps on offer. */
  fromStatus: VogStatus;
  to: VogStatus | null;
  date: string;
  requestReference: string;
  freeScheme: boolean;
  issueDate: string;
  checkedBy: string;
  screeningProfile: string;
  notes: string;
}

function stepValues(vog: VogDetailDto, today: string): StepValues {
  return {
    fromStatus: vog.status,
    to: VOG_TRANSITIONS[vog.status][0] ?? null,
    date: today,
    requestReference: '',
    freeScheme: true,
    issueDate: '',
    checkedBy: '',
    screeningProfile: '',
    notes: '',
  };
}

function NextStep({ vog }: { vog: VogDetailDto }) {
  const today = useToday();
  const form = useForm<StepValues>({ initialValues: stepValues(vog, today) });
  const versioned = useVersionedForm(form, {
    stored: { values: stepValues(vog, today), version: vog.version },
    reload: async () => {
      const stored = await call('vog.get', { id: vog.personId });
      return { values: stepValues(stored, today), version: stored.version };
    },
    changesSince: auditedChanges('vog', vog.personId),
  });
  const change = useApiMutation('vog.change');
  const submit = saveForm(
    form,
    ({ fromStatus: _from, to, issueDate, ...values }) =>
      change.mutateAsync({
        ...values,
        id: vog.personId,
        version: versioned.version,
        to: to!,
        issueDate: to === 'ontvangen' ? issueDate || null : null,
      }),
    () => 'De VOG is bijgewerkt.',
    versioned,
  );
  const { to } = form.values;
  if (!to)
    return (
      <Text size="sm" c="dimmed">
        Deze VOG is geweigerd; er volgt geen stap meer.
      </Text>
    );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" p="sm" bg="gray.0">
        <ClashNotice versioned={versioned} labels={VOG_LABELS} />
        <Group gap="xs">
          {VOG_TRANSITIONS[form.values.fromStatus].map((step) => (
            <Button
              key={step}
              size="xs"
              variant={step === to ? 'filled' : 'default'}
              onClick={() => form.setFieldValue('to', step)}
            >
              {STEP_LABELS[step]}
            </Button>
          ))}
        </Group>
        <Group align="flex-end">
          <DateField label="Datum" w={150} clearable={false} {...form.getInputProps('date')} />
          {to === 'aangevraagd' && (
            <>
              <TextInput label="Kenmerk van de aanvraag" w={200} {...form.getInputProps('requestReference')} />
              <Checkbox label="Gratis VOG" mb={8} {...form.getInputProps('freeScheme', { type: 'checkbox' })} />
            </>
          )}
          {to === 'ontvangen' && (
            <>
              <DateField label="Datum van afgifte" w={150} {...form.getInputProps('issueDate')} />
              <TextInput label="Gecontroleerd door" w={180} {...form.getInputProps('checkedBy')} />
              <TextInput label="Screeningsprofiel" w={180} {...form.getInputProps('screeningProfile')} />
            </>
          )}
        </Group>
        <TextInput label="Notities" {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            Vastleggen
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The register records that the VOG was seen; a copy is kept only with the volunteer's consent,
 * recorded by its date, and can be removed again.
 */
function ScanButtons({ vog }: { vog: VogDetailDto }) {
  const today = useToday();
  const [consentDate, setConsentDate] = useState('');
  const attach = useApiMutation('vog.attachScan');
  const remove = useApiMutation('vog.removeScan');
  if (vog.version === 0) return null;
  const keep = (file: File | null) =>
    file &&
    readAttachment(file)
      .then((picked) => attach.mutateAsync({ id: vog.personId, version: vog.version, consentDate, ...picked }))
      .then(() => notifySaved('De scan is bewaard.'), notifyError);
  if (vog.hasScan)
    return (
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          Scan bewaard met toestemming van {formatDate(vog.scanConsentDate) || 'onbekende datum'}.
        </Text>
        <Button
          size="xs"
          variant="subtle"
          onClick={() => call('vog.openScan', { id: vog.personId }).catch(notifyError)}
        >
          Scan openen
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          loading={remove.isPending}
          onClick={() =>
            remove
              .mutateAsync({ id: vog.personId, version: vog.version })
              .then(() => notifySaved('De scan is verwijderd; de VOG blijft geregistreerd.'), notifyError)
          }
        >
          Scan verwijderen
        </Button>
      </Group>
    );
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        De app legt vast dát de VOG is gezien. Bewaar alleen een kopie als de vrijwilliger daarvoor toestemming gaf.
      </Text>
      <Group gap="xs" align="flex-end">
        <DateField
          label="Toestemming voor een kopie gegeven op"
          size="xs"
          w={240}
          maxDate={today}
          value={consentDate}
          onChange={setConsentDate}
        />
        <FileButton onChange={keep} accept="application/pdf,image/png,image/jpeg" disabled={!consentDate}>
          {(props) => (
            <Button size="xs" variant="default" disabled={!consentDate} {...props}>
              Scan toevoegen…
            </Button>
          )}
        </FileButton>
      </Group>
    </Stack>
  );
}
