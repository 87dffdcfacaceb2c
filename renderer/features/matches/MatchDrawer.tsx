import { Alert, Badge, Button, Divider, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { MatchDto } from '../../../shared/api/matches';
import { formatDate } from '../../../shared/domain/format';
import {
  CHILD_RESULT_LABELS,
  PARENT_RESULT_LABELS,
  PROFESSIONAL_HELP_LABELS,
  SUPPORT_KIND_LABELS,
} from '../../../shared/domain/matches/results';
import { END_REASON_LABELS, MATCH_STATUS_LABELS, RUNNING_STATUSES } from '../../../shared/domain/matches/status';
import { useApiQuery } from '../../api';
import { HistoryList } from '../../ui/HistoryList';
import { RecordDrawer } from '../../ui/RecordDrawer';
import { OpenByColleagues } from '../presence/OpenByColleagues';
import { DocumentsPanel } from './DocumentsPanel';
import { EvaluationsPanel } from './EvaluationsPanel';
import { MatchStatusBadge } from './labels';
import { StatusPanel } from './StatusPanel';
import { TermsForm } from './TermsForm';

export function MatchDrawer(props: { matchId: number | null; onClose: () => void }) {
  const { data: match } = useApiQuery('matches.get', { id: props.matchId ?? 0 }, { enabled: props.matchId !== null });
  const shown = match && match.id === props.matchId ? match : undefined;
  return (
    <RecordDrawer
      opened={props.matchId !== null}
      onClose={props.onClose}
      title={shown ? `${shown.requestingFamily.name} – ${shown.supportFamily.name}` : 'Koppeling'}
      form={
        shown ? (
          <Stack>
            <OpenByColleagues kind="match" id={shown.id} />
            <MatchDetails key={shown.id} match={shown} />
          </Stack>
        ) : (
          <Loader size="sm" />
        )
      }
      history={
        shown && (
          <Stack>
            <StatusHistory match={shown} />
            <HistoryList entityType="match" entityId={shown.id} />
          </Stack>
        )
      }
    />
  );
}

function MatchDetails({ match }: { match: MatchDto }) {
  const [editing, setEditing] = useState(false);
  const running = RUNNING_STATUSES.includes(match.status);
  const children = match.requestingFamily.children.filter((c) => match.childIds.includes(c.id)).map((c) => c.name);
  const support = match.supportKinds
    .map((k) => (k === 'anders' ? match.supportOther : SUPPORT_KIND_LABELS[k]))
    .join(', ');
  const facts: [string, string][] = [
    ['Vraaggezin', `${match.requestingFamily.name}, ${match.requestingFamily.address}`],
    ['Steungezin', `${match.supportFamily.name}, ${match.supportFamily.address}`],
    ['Gemeente', match.municipality.name],
    ['Coördinator', match.coordinator?.name ?? '(nog niet gekozen)'],
    ['Kinderen', children.join(', ')],
    ['Steun', `${support}${match.frequency ? `, ${match.frequency}` : ''}`],
    ['Voorgesteld op', formatDate(match.proposedDate)],
    ...(match.startDate
      ? ([
          ['Begin proefperiode', formatDate(match.startDate)],
          ['Einde proefperiode', formatDate(match.trialEnd)],
          ['Uiterlijk einde begeleiding', formatDate(match.guidanceEnd)],
        ] as [string, string][])
      : []),
    ...(match.endDate ? ([['Beëindigd op', formatDate(match.endDate)]] as [string, string][]) : []),
  ];
  return (
    <Stack>
      <Group>
        <MatchStatusBadge status={match.status} />
      </Group>
      <Table fz="sm" aria-label="Gegevens van de koppeling">
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td c="dimmed" w={170}>
                {label}
              </Table.Td>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {match.agreements && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {match.agreements}
        </Text>
      )}
      {running &&
        (editing ? (
          <TermsForm match={match} onDone={() => setEditing(false)} />
        ) : (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => setEditing(true)}>
              Afspraken wijzigen
            </Button>
          </Group>
        ))}
      <Results match={match} />
      {/* The steps start afresh from each version; the terms form keeps what the user typed (see useVersionedForm). */}
      <Fragment key={match.version}>
        <StatusPanel match={match} />
        {match.evaluations.length > 0 && (
          <>
            <Divider label="Evaluaties" labelPosition="left" />
            <EvaluationsPanel match={match} />
          </>
        )}
        <Divider label="Documenten" labelPosition="left" />
        <DocumentsPanel match={match} />
      </Fragment>
    </Stack>
  );
}

function Results({ match }: { match: MatchDto }) {
  if (!match.endDate) return null;
  return (
    <Alert color={match.status === 'afgerond' ? 'grape' : 'red'} title={MATCH_STATUS_LABELS[match.status]}>
      {match.endReason && (
        <Text size="sm">
          Reden: {END_REASON_LABELS[match.endReason]}
          {match.endReasonText ? ` – ${match.endReasonText}` : ''}
        </Text>
      )}
      {match.childResults.length > 0 && (
        <Text size="sm">Kinderen: {match.childResults.map((r) => CHILD_RESULT_LABELS[r]).join(', ')}</Text>
      )}
      {match.parentResults.length > 0 && (
        <Text size="sm">Ouders: {match.parentResults.map((r) => PARENT_RESULT_LABELS[r]).join(', ')}</Text>
      )}
      {match.professionalHelp && <Text size="sm">{PROFESSIONAL_HELP_LABELS[match.professionalHelp]}</Text>}
    </Alert>
  );
}

function StatusHistory({ match }: { match: MatchDto }) {
  return (
    <Table fz="sm" aria-label="Statusgeschiedenis">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Datum</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Door</Table.Th>
          <Table.Th>Toelichting</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {match.history.map((h, i) => (
          <Table.Tr key={i}>
            <Table.Td>{formatDate(h.date)}</Table.Td>
            <Table.Td>
              <Badge variant="light" color="gray">
                {MATCH_STATUS_LABELS[h.toStatus]}
              </Badge>
            </Table.Td>
            <Table.Td>{h.actor}</Table.Td>
            <Table.Td>{h.reason}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
