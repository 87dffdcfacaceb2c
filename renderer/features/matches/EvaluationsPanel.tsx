import { Button, Group, Select, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { EvaluationDto, MatchDto } from '../../../shared/api/matches';
import { formatDate } from '../../../shared/domain/format';
import {
  EVALUATION_OUTCOMES,
  EVALUATION_OUTCOME_LABELS,
  type EvaluationOutcome,
} from '../../../shared/domain/matches/results';
import { useApiMutation } from '../../api';
import { DateField } from '../../ui/DateField';
import { notifyError, notifySaved } from '../../ui/form';
import { useToday } from '../../ui/today';

export function EvaluationsPanel({ match }: { match: MatchDto }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Table fz="sm" aria-label="Evaluaties">
      <Table.Tbody>
        {match.evaluations.map((e) => (
          <Table.Tr key={e.sequence}>
            <Table.Td w={200}>{e.label}</Table.Td>
            <Table.Td w={100}>{formatDate(e.dueDate)}</Table.Td>
            <Table.Td>
              {e.held ? (
                `Gehouden ${formatDate(e.held.heldDate)}: ${EVALUATION_OUTCOME_LABELS[e.held.outcome]}${e.held.notes ? ` – ${e.held.notes}` : ''}`
              ) : open === e.sequence ? (
                <RecordEvaluation match={match} evaluation={e} onDone={() => setOpen(null)} />
              ) : (
                <Button size="xs" variant="light" onClick={() => setOpen(e.sequence)}>
                  Vastleggen
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function RecordEvaluation({
  match,
  evaluation,
  onDone,
}: {
  match: MatchDto;
  evaluation: EvaluationDto;
  onDone: () => void;
}) {
  const today = useToday();
  const [heldDate, setHeldDate] = useState(today);
  const [outcome, setOutcome] = useState<EvaluationOutcome | null>(null);
  const [notes, setNotes] = useState('');
  const record = useApiMutation('matches.recordEvaluation');
  async function save() {
    try {
      await record.mutateAsync({
        id: match.id,
        version: match.version,
        sequence: evaluation.sequence,
        heldDate,
        outcome: outcome as EvaluationOutcome,
        notes,
      });
      notifySaved(`${evaluation.label} is vastgelegd.`);
      onDone();
    } catch (error) {
      notifyError(error);
    }
  }
  return (
    <Group align="flex-end" gap="xs">
      <DateField label="Gehouden op" w={140} value={heldDate} onChange={setHeldDate} clearable={false} />
      <Select
        label="Uitkomst"
        w={130}
        data={EVALUATION_OUTCOMES.map((o) => ({ value: o, label: EVALUATION_OUTCOME_LABELS[o] }))}
        value={outcome}
        onChange={(v) => setOutcome(v)}
      />
      <TextInput label="Notities" w={180} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
      <Button size="sm" onClick={save} loading={record.isPending}>
        Opslaan
      </Button>
    </Group>
  );
}
