import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { InputOf } from '../../../shared/api/contract';
import { MAX_BULK, type QueueRow } from '../../../shared/api/registrations';
import { ApiCallError, call, useApiMutation, useApiQuery } from '../../api';
import { notifyError, notifySaved } from '../../ui/form';

type Action = 'assignMunicipality' | 'handOver' | 'waitlist';

const TITLES: Record<Action, string> = {
  assignMunicipality: 'Gemeente toewijzen',
  handOver: 'Doorzetten naar coördinator',
  waitlist: 'Op wachtlijst zetten',
};

/** Every registration that matches the queue's filters, also those not loaded yet ("Alle N selecteren"). */
export interface AllMatching {
  count: number;
  query: InputOf<'registrations.queueIds'>;
}

/**
 * Actions on all ticked registrations at once, or on every one that matches: all of them change, or
 * none. "All that match" are looked up when the action is applied, so the action takes exactly
 * the registrations the queue holds at that moment.
 */
export function BulkActions({
  selected,
  allMatching,
  onDone,
}: {
  selected: QueueRow[];
  allMatching: AllMatching | null;
  onDone: () => void;
}) {
  const [action, setAction] = useState<Action | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const municipalities = useApiQuery('municipalities.list', {});
  const coordinators = useApiQuery('coordinators.list', {});
  const bulk = useApiMutation('registrations.bulk');
  const count = allMatching ? allMatching.count : selected.length;
  if (count === 0) return null;

  async function chosenIds(): Promise<number[]> {
    if (!allMatching) return selected.map((row) => row.id);
    const { ids } = await call('registrations.queueIds', allMatching.query);
    if (ids.length > MAX_BULK) {
      throw new ApiCallError({
        code: 'VALIDATION',
        message: `Kies hoogstens ${MAX_BULK.toLocaleString('nl-NL')} aanmeldingen tegelijk; verfijn de filters.`,
        issues: [],
      });
    }
    return ids;
  }

  async function apply() {
    try {
      const ids = await chosenIds();
      if (ids.length === 0) return;
      if (action === 'waitlist') await bulk.mutateAsync({ action, ids, reason });
      if (action === 'assignMunicipality') await bulk.mutateAsync({ action, ids, municipalityId: Number(choice) });
      if (action === 'handOver') await bulk.mutateAsync({ action, ids, coordinatorId: Number(choice) });
      notifySaved(`${ids.length} aanmelding(en) gewijzigd.`);
      setAction(null);
      onDone();
    } catch (error) {
      notifyError(error);
    }
  }

  const options =
    action === 'assignMunicipality'
      ? (municipalities.data ?? []).filter((m) => m.active).map((m) => ({ value: String(m.id), label: m.name }))
      : (coordinators.data ?? [])
          .filter((c) => c.active)
          .map((c) => ({
            value: String(c.id),
            label: `${c.name} (${c.municipalities.map((m) => m.name).join(', ')})`,
          }));
  return (
    <>
      <Group gap="xs">
        {(Object.keys(TITLES) as Action[]).map((key) => (
          <Button
            key={key}
            size="xs"
            variant="light"
            onClick={() => {
              setAction(key);
              setChoice(null);
              setReason('');
            }}
          >
            {TITLES[key]}
          </Button>
        ))}
      </Group>
      <Modal
        opened={action !== null}
        onClose={() => setAction(null)}
        title={action ? `${TITLES[action]} (${count.toLocaleString('nl-NL')})` : ''}
      >
        <Stack>
          {action === 'waitlist' ? (
            <Textarea
              label="Reden"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
            />
          ) : (
            <Select
              label={action === 'handOver' ? 'Coördinator' : 'Gemeente'}
              data={options}
              value={choice}
              onChange={setChoice}
              searchable
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAction(null)}>
              Annuleren
            </Button>
            <Button
              onClick={() => void apply()}
              loading={bulk.isPending}
              disabled={action === 'waitlist' ? !reason.trim() : !choice}
            >
              Toepassen
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
