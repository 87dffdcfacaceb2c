import { Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { matchTerms, type MatchDto } from '../../../shared/api/matches';
import { call, useApiMutation, useApiQuery } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { auditedChanges, saveForm, useVersionedForm } from '../../ui/form';
import { FormActions } from '../../ui/FormActions';
import { MATCH_LABELS } from './labels';
import { MatchTermsFields } from './MatchForm';

function initialValues(match: MatchDto) {
  return {
    coordinatorId: match.coordinator?.id ?? null,
    childIds: match.childIds,
    supportKinds: match.supportKinds,
    supportOther: match.supportOther ?? '',
    frequency: match.frequency ?? '',
    agreements: match.agreements ?? '',
  };
}

/** Changing the agreements of a running match: children, support, how often, coordinator. */
export function TermsForm({ match, onDone }: { match: MatchDto; onDone: () => void }) {
  const form = useForm({
    initialValues: initialValues(match),
    validate: zod4Resolver(matchTerms),
  });
  const versioned = useVersionedForm(form, {
    stored: { values: initialValues(match), version: match.version },
    reload: async () => {
      const stored = await call('matches.get', { id: match.id });
      return { values: initialValues(stored), version: stored.version };
    },
    changesSince: auditedChanges('match', match.id),
  });
  const municipality = useApiQuery('municipalities.get', { id: match.municipality.id });
  const update = useApiMutation('matches.update');
  const submit = saveForm(
    form,
    async (values) => {
      await update.mutateAsync({ ...values, id: match.id, version: versioned.version });
      onDone();
    },
    () => 'De afspraken zijn opgeslagen.',
    versioned,
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" p="sm" bg="gray.0">
        <ClashNotice versioned={versioned} labels={MATCH_LABELS} />
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
        <FormActions onCancel={onDone} saving={update.isPending} />
      </Stack>
    </form>
  );
}
