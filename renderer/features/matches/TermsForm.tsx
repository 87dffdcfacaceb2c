import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { matchUpdate, type MatchDto } from '../../../shared/api/matches';
import { useApiMutation, useApiQuery } from '../../api';
import { saveForm } from '../../ui/form';
import { MATCH_AFFECTS, MatchTermsFields } from './MatchForm';

/** Changing the agreements of a running match: children, support, how often, coordinator. */
export function TermsForm({ match, onDone }: { match: MatchDto; onDone: () => void }) {
  const form = useForm({
    initialValues: {
      id: match.id,
      version: match.version,
      coordinatorId: match.coordinator?.id ?? null,
      childIds: match.childIds,
      supportKinds: match.supportKinds,
      supportOther: match.supportOther ?? '',
      frequency: match.frequency ?? '',
      agreements: match.agreements ?? '',
    },
    validate: zod4Resolver(matchUpdate),
  });
  const municipality = useApiQuery('municipalities.get', { id: match.municipality.id });
  const update = useApiMutation('matches.update', MATCH_AFFECTS);
  const submit = saveForm(
    form,
    async (values) => {
      await update.mutateAsync(values);
      onDone();
    },
    () => 'De afspraken zijn opgeslagen.',
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" p="sm" bg="gray.0">
        <Select
          label="Coördinator"
          clearable
          data={(municipality.data?.coordinators ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
          value={form.values.coordinatorId ? String(form.values.coordinatorId) : null}
          onChange={(v) => form.setFieldValue('coordinatorId', v === null ? null : Number(v))}
          error={form.errors.coordinatorId}
        />
        <MatchTermsFields form={form} childOptions={match.requestingFamily.children} />
        <Textarea label="Afspraken" autosize minRows={2} {...form.getInputProps('agreements')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuleren
          </Button>
          <Button type="submit" loading={update.isPending}>
            Opslaan
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
