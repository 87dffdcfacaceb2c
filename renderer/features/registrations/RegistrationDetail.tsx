import { Badge, Button, Divider, Group, Loader, Modal, Stack, Table, Tabs, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { CHANNEL_LABELS, REFERRER_TYPE_LABELS, type RegistrationDto } from '../../../shared/api/registrations';
import { ageOn, daysBetween } from '../../../shared/domain/dates';
import { FAMILY_KIND_LABELS, PERSON_ROLE_LABELS } from '../../../shared/domain/families';
import { formatDate, formatDateTime } from '../../../shared/domain/format';
import { useApiQuery } from '../../api';
import { HistoryList } from '../../ui/HistoryList';
import { useToday } from '../../ui/today';
import { FamilyForm } from '../families/FamilyForm';
import { OpenByColleagues } from '../presence/OpenByColleagues';
import { DuplicatePanel } from './DuplicatePanel';
import { describeChange } from './labels';
import { RegistrationEditForm } from './RegistrationEditForm';
import { StatusActions } from './StatusActions';
import { StatusBadge } from './StatusBadge';

type Editing = 'registration' | 'family' | null;

export function RegistrationDetail({ id }: { id: number }) {
  const { data } = useApiQuery('registrations.get', { id });
  const [editing, setEditing] = useState<Editing>(null);
  if (!data) return <Loader size="sm" />;
  const stopEditing = () => setEditing(null);
  return (
    <Stack gap="sm" data-testid="registration-detail">
      <Group gap="xs">
        <Title order={3}>{data.family.name}</Title>
        <StatusBadge status={data.status} />
        <Badge variant="outline">{FAMILY_KIND_LABELS[data.family.kind]}</Badge>
        {data.duplicateSuspected && <Badge color="orange">Mogelijk dubbel</Badge>}
      </Group>
      <OpenByColleagues kind="registration" id={id} />
      {data.duplicateSuspected && <DuplicatePanel registration={data} />}
      <StatusActions registration={data} />
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => setEditing('registration')}>
          Aanmelding bewerken
        </Button>
        <Button size="xs" variant="default" onClick={() => setEditing('family')}>
          Gezin bewerken
        </Button>
      </Group>
      <Modal opened={editing === 'registration'} onClose={stopEditing} title="Aanmelding bewerken" size="xl">
        <RegistrationEditForm key={data.version} registration={data} onDone={stopEditing} />
      </Modal>
      <Modal opened={editing === 'family'} onClose={stopEditing} title={`${data.family.name} bewerken`} size="xl">
        <FamilyForm key={data.family.version} family={data.family} onDone={stopEditing} />
      </Modal>
      <Tabs defaultValue="details">
        <Tabs.List>
          <Tabs.Tab value="details">Gegevens</Tabs.Tab>
          <Tabs.Tab value="history">Geschiedenis</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="sm">
          <Details registration={data} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          <History registration={data} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Details({ registration }: { registration: RegistrationDto }) {
  const { family } = registration;
  const today = useToday();
  const number = [family.houseNumber, family.houseNumberAddition].filter(Boolean).join('-');
  const rows: [string, string][] = [
    ['Adres', `${family.street} ${number}, ${family.postcode} ${family.place}`],
    ['Gemeente', registration.municipality?.name ?? 'Buiten werkgebied'],
    ['Telefoon', family.phone ?? ''],
    ['E-mail', family.email ?? ''],
    [
      'Aangemeld op',
      `${formatDate(registration.receivedDate)} (${daysBetween(registration.receivedDate, today)} dagen geleden)`,
    ],
    ['Kanaal', CHANNEL_LABELS[registration.channel]],
    [
      'Verwijzer',
      [
        registration.referrerOrganisation,
        registration.referrerType && REFERRER_TYPE_LABELS[registration.referrerType],
        registration.referrerContact,
      ]
        .filter(Boolean)
        .join(' · '),
    ],
    ['Coördinator', registration.coordinator?.name ?? ''],
    ['Doorverwezen naar', registration.referredTo ?? ''],
  ];
  return (
    <Stack gap="sm">
      <Table withRowBorders={false} verticalSpacing={2} fz="sm">
        <Table.Tbody>
          {rows
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Td w={150} c="dimmed">
                  {label}
                </Table.Td>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {registration.question && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          “{registration.question}”
        </Text>
      )}
      <Divider label="Personen" labelPosition="left" />
      <Table fz="sm" verticalSpacing={4}>
        <Table.Tbody>
          {family.people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                {person.firstName} {person.lastName}
              </Table.Td>
              <Table.Td>{PERSON_ROLE_LABELS[person.role]}</Table.Td>
              <Table.Td>{formatDate(person.birthDate)}</Table.Td>
              <Table.Td>{ageOn(person.birthDate, today)} jaar</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function History({ registration }: { registration: RegistrationDto }) {
  return (
    <Stack>
      <Timeline bulletSize={14} lineWidth={2} data-testid="status-history">
        {registration.history.map((change, index) => (
          <Timeline.Item key={index} title={describeChange(change)}>
            <Text size="xs" c="dimmed">
              {formatDateTime(change.at)} · {change.actor}
            </Text>
            {change.reason && <Text size="sm">{change.reason}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
      <Divider label="Alle wijzigingen" labelPosition="left" />
      <HistoryList entityType="registration" entityId={registration.id} />
    </Stack>
  );
}
