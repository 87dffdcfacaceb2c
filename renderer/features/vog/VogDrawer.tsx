import { Badge, Button, Checkbox, FileButton, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { VogDetailDto } from '../../../shared/api/vog';
import { formatDate } from '../../../shared/domain/format';
import { VOG_STATUS_LABELS, VOG_TRANSITIONS, type VogStatus } from '../../../shared/domain/vog/status';
import { call, useApiMutation, useApiQuery } from '../../api';
import { DateField } from '../../ui/DateField';
import { readAttachment } from '../../ui/files';
import { notifyError, notifySaved } from '../../ui/form';
import { HistoryList } from '../../ui/HistoryList';
import { RecordDrawer } from '../../ui/RecordDrawer';
import { useToday } from '../../ui/today';
import { VOG_AFFECTS } from './affects';

const STEP_LABELS: Partial<Record<VogStatus, string>> = {
  aangevraagd: 'Aangevraagd',
  ontvangen: 'Ontvangen',
  voornemen_weigering: 'Voornemen tot weigering',
  geweigerd: 'Geweigerd',
  verlopen_aanvraag: 'Verlopen aanvraag',
};

const VOG_LABELS: Record<string, string> = {
  status: 'Status',
  requestedDate: 'Aangevraagd',
  requestReference: 'Kenmerk',
  freeScheme: 'Gratis VOG',
  issueDate: 'Afgegeven',
  checkedBy: 'Gecontroleerd door',
  screeningProfile: 'Screeningsprofiel',
  decisionDate: 'Besluit',
  notes: 'Notities',
  validUntil: 'Geldig tot',
};

export function VogDrawer({ personId, onClose }: { personId: number | null; onClose: () => void }) {
  const { data } = useApiQuery('vog.get', { id: personId ?? 0 }, { enabled: personId !== null });
  const vog = data && data.personId === personId ? data : undefined;
  return (
    <RecordDrawer
      opened={personId !== null}
      onClose={onClose}
      title={vog ? `VOG van ${vog.name}` : 'VOG'}
      form={vog ? <VogDetails key={`${vog.personId}-${vog.version}`} vog={vog} /> : <Loader size="sm" />}
      history={vog && <HistoryList entityType="vog" entityId={vog.personId} fieldLabels={VOG_LABELS} />}
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

function NextStep({ vog }: { vog: VogDetailDto }) {
  const next = VOG_TRANSITIONS[vog.status];
  const [to, setTo] = useState<VogStatus | null>(next[0] ?? null);
  const today = useToday();
  const [date, setDate] = useState(today);
  const [issueDate, setIssueDate] = useState('');
  const [checkedBy, setCheckedBy] = useState('');
  const [profile, setProfile] = useState('');
  const [reference, setReference] = useState('');
  const [freeScheme, setFreeScheme] = useState(true);
  const [notes, setNotes] = useState('');
  const change = useApiMutation('vog.change', VOG_AFFECTS);
  if (!to)
    return (
      <Text size="sm" c="dimmed">
        Deze VOG is geweigerd; er volgt geen stap meer.
      </Text>
    );

  async function save() {
    try {
      await change.mutateAsync({
        id: vog.personId,
        version: vog.version,
        to: to!,
        date,
        requestReference: reference,
        freeScheme,
        issueDate: to === 'ontvangen' ? issueDate || null : null,
        checkedBy,
        screeningProfile: profile,
        notes,
      });
      notifySaved('De VOG is bijgewerkt.');
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Stack gap="xs" p="sm" bg="gray.0">
      <Group gap="xs">
        {next.map((step) => (
          <Button key={step} size="xs" variant={step === to ? 'filled' : 'default'} onClick={() => setTo(step)}>
            {STEP_LABELS[step]}
          </Button>
        ))}
      </Group>
      <Group align="flex-end">
        <DateField label="Datum" w={150} value={date} onChange={setDate} clearable={false} />
        {to === 'aangevraagd' && (
          <>
            <TextInput
              label="Kenmerk van de aanvraag"
              w={200}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
            />
            <Checkbox
              label="Gratis VOG"
              checked={freeScheme}
              onChange={(e) => setFreeScheme(e.currentTarget.checked)}
              mb={8}
            />
          </>
        )}
        {to === 'ontvangen' && (
          <>
            <DateField label="Datum van afgifte" w={150} value={issueDate} onChange={setIssueDate} />
            <TextInput
              label="Gecontroleerd door"
              w={180}
              value={checkedBy}
              onChange={(e) => setCheckedBy(e.currentTarget.value)}
            />
            <TextInput
              label="Screeningsprofiel"
              w={180}
              value={profile}
              onChange={(e) => setProfile(e.currentTarget.value)}
            />
          </>
        )}
      </Group>
      <TextInput label="Notities" value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button onClick={save} loading={change.isPending}>
          Vastleggen
        </Button>
      </Group>
    </Stack>
  );
}

function ScanButtons({ vog }: { vog: VogDetailDto }) {
  const attach = useApiMutation('vog.attachScan', VOG_AFFECTS);
  if (vog.version === 0) return null;
  const keep = (file: File | null) =>
    file &&
    readAttachment(file)
      .then((picked) => attach.mutateAsync({ id: vog.personId, version: vog.version, ...picked }))
      .then(() => notifySaved('De scan is bewaard.'), notifyError);
  return (
    <Group gap="xs">
      <FileButton onChange={keep} accept="application/pdf,image/png,image/jpeg">
        {(props) => (
          <Button size="xs" variant="subtle" {...props}>
            {vog.hasScan ? 'Andere scan…' : 'Scan van de VOG toevoegen…'}
          </Button>
        )}
      </FileButton>
      {vog.hasScan && (
        <Button
          size="xs"
          variant="subtle"
          onClick={() => call('vog.openScan', { id: vog.personId }).catch(notifyError)}
        >
          Scan openen
        </Button>
      )}
    </Group>
  );
}
