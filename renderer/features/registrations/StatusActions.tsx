import { Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { RegistrationDto } from '../../../shared/api/registrations';
import { TRANSITIONS, needsReason, type RegistrationStatus } from '../../../shared/domain/registrations/status';
import { ApiCallError, useApiMutation, useApiQuery } from '../../api';
import { notifyError, notifySaved } from '../../ui/form';

const ACTION_LABELS: Record<RegistrationStatus, string> = {
  nieuw: 'Nieuw',
  in_behandeling: 'In behandeling nemen',
  doorgezet: 'Doorzetten naar coördinator',
  wachtlijst: 'Op wachtlijst',
  doorverwezen: 'Doorverwijzen',
  afgewezen: 'Afwijzen',
  ingetrokken: 'Ingetrokken',
};

/** The next steps a registration can take, each asking for what it needs. */
export function StatusActions({ registration }: { registration: RegistrationDto }) {
  const [target, setTarget] = useState<RegistrationStatus | null>(null);
  const [reason, setReason] = useState('');
  const [referredTo, setReferredTo] = useState('');
  const [coordinatorId, setCoordinatorId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const coordinators = useApiQuery('coordinators.list', {});
  const municipalities = useApiQuery('municipalities.list', {});
  const change = useApiMutation('registrations.changeStatus');
  const assign = useApiMutation('registrations.bulk');
  const options = TRANSITIONS[registration.status];
  if (options.length === 0) return null;

  const ownCoordinators = (coordinators.data ?? [])
    .filter((c) => c.active && c.municipalities.some((m) => m.id === registration.municipality?.id))
    .map((c) => ({ value: String(c.id), label: c.name }));

  async function confirm() {
    if (!target) return;
    try {
      await change.mutateAsync({
        id: registration.id,
        version: registration.version,
        to: target,
        reason,
        referredTo,
        coordinatorId: coordinatorId === null ? null : Number(coordinatorId),
      });
      notifySaved('De status is gewijzigd.');
      setTarget(null);
      setErrors({});
    } catch (error) {
      if (error instanceof ApiCallError && error.error.issues.length > 0) {
        setErrors(Object.fromEntries(error.error.issues.map((issue) => [issue.path, issue.message])));
      } else notifyError(error);
    }
  }

  async function chooseMunicipality(id: string | null) {
    if (id === null) return;
    try {
      await assign.mutateAsync({ action: 'assignMunicipality', ids: [registration.id], municipalityId: Number(id) });
      notifySaved('De gemeente is toegewezen.');
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Stack gap="xs" data-testid="next-steps">
      {!registration.municipality && (
        <Select
          label="Gemeente kiezen (buiten werkgebied)"
          data={(municipalities.data ?? [])
            .filter((m) => m.active)
            .map((m) => ({ value: String(m.id), label: m.name }))}
          searchable
          onChange={(id) => void chooseMunicipality(id)}
        />
      )}
      <Group gap="xs">
        {options.map((status) => (
          <Button
            key={status}
            size="xs"
            variant={target === status ? 'filled' : 'light'}
            onClick={() => {
              setTarget(status);
              setErrors({});
            }}
          >
            {ACTION_LABELS[status]}
          </Button>
        ))}
      </Group>
      {target && (
        <Stack gap="xs">
          {target === 'doorgezet' && (
            <Select
              label="Coördinator"
              data={ownCoordinators}
              value={coordinatorId}
              onChange={setCoordinatorId}
              placeholder={ownCoordinators.length ? 'Kies de coördinator' : 'Geen coördinator in deze gemeente'}
              error={errors.coordinatorId}
            />
          )}
          {target === 'doorverwezen' && (
            <TextInput
              label="Doorverwezen naar"
              value={referredTo}
              onChange={(e) => setReferredTo(e.currentTarget.value)}
              error={errors.referredTo}
            />
          )}
          {needsReason(target) && (
            <Textarea
              label="Reden"
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors.reason}
            />
          )}
          {errors.to && (
            <Text c="red" size="sm">
              {errors.to}
            </Text>
          )}
          <Group gap="xs">
            <Button size="xs" onClick={() => void confirm()} loading={change.isPending}>
              Bevestigen: {ACTION_LABELS[target]}
            </Button>
            <Button size="xs" variant="default" onClick={() => setTarget(null)}>
              Annuleren
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
