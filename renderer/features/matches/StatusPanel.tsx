import { Button, Checkbox, Group, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { MatchDto } from '../../../shared/api/matches';
import {
  CHILD_RESULTS,
  CHILD_RESULT_LABELS,
  PARENT_RESULTS,
  PARENT_RESULT_LABELS,
  PROFESSIONAL_HELP,
  PROFESSIONAL_HELP_LABELS,
  type ChildResult,
  type ParentResult,
  type ProfessionalHelp,
} from '../../../shared/domain/matches/results';
import {
  END_REASONS,
  END_REASON_LABELS,
  MATCH_TRANSITIONS,
  type EndReason,
  type MatchStatus,
} from '../../../shared/domain/matches/status';
import { useApiMutation } from '../../api';
import { DateField } from '../../ui/DateField';
import { notifyError, notifySaved } from '../../ui/form';
import { useToday } from '../../ui/today';

const ACTIONS: Partial<Record<MatchStatus, string>> = {
  kennismaking: 'Naar kennismaking',
  proefperiode: 'Proefperiode starten',
  actief: 'Actief maken',
  afgerond: 'Afronden…',
  voortijdig_beeindigd: 'Voortijdig beëindigen…',
};

/** The next steps of the match, each with its date and what it needs. */
export function StatusPanel({ match }: { match: MatchDto }) {
  const today = useToday();
  const [date, setDate] = useState(today);
  const [ending, setEnding] = useState<MatchStatus | null>(null);
  const change = useApiMutation('matches.changeStatus');
  const next = MATCH_TRANSITIONS[match.status];
  if (next.length === 0) return null;

  async function go(to: MatchStatus, extra: object = {}) {
    try {
      await change.mutateAsync({ id: match.id, version: match.version, to, date, reason: '', ...extra });
      notifySaved('De status is gewijzigd.');
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <DateField label="Datum" w={160} value={date} onChange={setDate} clearable={false} />
        {next.map((to) => (
          <Button
            key={to}
            variant={to === 'voortijdig_beeindigd' ? 'subtle' : 'light'}
            color={to === 'voortijdig_beeindigd' ? 'red' : undefined}
            loading={change.isPending && ending === null}
            onClick={() => (to === 'afgerond' || to === 'voortijdig_beeindigd' ? setEnding(to) : go(to))}
          >
            {ACTIONS[to]}
          </Button>
        ))}
      </Group>
      {ending && (
        <EndForm
          early={ending === 'voortijdig_beeindigd'}
          busy={change.isPending}
          onCancel={() => setEnding(null)}
          onEnd={(extra) => go(ending, extra)}
        />
      )}
    </Stack>
  );
}

function EndForm(props: { early: boolean; busy: boolean; onCancel: () => void; onEnd: (extra: object) => void }) {
  const [reason, setReason] = useState<EndReason | null>(null);
  const [text, setText] = useState('');
  const [children, setChildren] = useState<ChildResult[]>([]);
  const [parents, setParents] = useState<ParentResult[]>([]);
  const [help, setHelp] = useState<ProfessionalHelp | null>(null);
  const results = help ? { childResults: children, parentResults: parents, professionalHelp: help } : null;
  return (
    <Stack gap="xs" p="sm" bg="gray.0">
      {props.early && (
        <Group align="flex-end">
          <Select
            label="Reden"
            w={260}
            data={END_REASONS.map((r) => ({ value: r, label: END_REASON_LABELS[r] }))}
            value={reason}
            onChange={(v) => setReason(v)}
          />
          <TextInput label="Toelichting" w={300} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        </Group>
      )}
      <Checkbox.Group label="Resultaten voor de kinderen" value={children} onChange={(v) => setChildren(v)}>
        <Group mt={4}>
          {CHILD_RESULTS.map((r) => (
            <Checkbox key={r} value={r} label={CHILD_RESULT_LABELS[r]} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox.Group label="Resultaten voor de ouders" value={parents} onChange={(v) => setParents(v)}>
        <Group mt={4}>
          {PARENT_RESULTS.map((r) => (
            <Checkbox key={r} value={r} label={PARENT_RESULT_LABELS[r]} />
          ))}
        </Group>
      </Checkbox.Group>
      <Radio.Group label="Professionele hulp" value={help} onChange={(v) => setHelp(v)}>
        <Group mt={4}>
          {PROFESSIONAL_HELP.map((r) => (
            <Radio key={r} value={r} label={PROFESSIONAL_HELP_LABELS[r]} />
          ))}
        </Group>
      </Radio.Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          Annuleren
        </Button>
        <Button
          color={props.early ? 'red' : undefined}
          loading={props.busy}
          onClick={() => props.onEnd({ endReason: reason, reason: text, results })}
        >
          {props.early ? 'Beëindigen' : 'Afronden'}
        </Button>
      </Group>
    </Stack>
  );
}
