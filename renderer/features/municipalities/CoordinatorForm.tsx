import { Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { coordinatorFields, type CoordinatorDto, type CoordinatorFormValues } from '../../../shared/api/municipalities';
import { call, useApiMutation } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { auditedChanges, storedRecord, useVersionedForm } from '../../ui/form';
import { RecordFormActions, useRecordForm } from '../../ui/record';
import { COORDINATOR_LABELS } from './labels';

function initialValues(coordinator?: CoordinatorDto): CoordinatorFormValues {
  return {
    name: coordinator?.name ?? '',
    email: coordinator?.email ?? '',
    phone: coordinator?.phone ?? '',
    notes: coordinator?.notes ?? '',
  };
}

export function CoordinatorForm(props: { coordinator?: CoordinatorDto; onDone: () => void }) {
  const existing = props.coordinator;
  const form = useForm<CoordinatorFormValues>({
    initialValues: initialValues(existing),
    validate: zod4Resolver(coordinatorFields),
    validateInputOnBlur: true,
  });
  const id = existing?.id ?? 0;
  const versioned = useVersionedForm(form, {
    stored: { values: initialValues(existing), version: existing?.version ?? 0 },
    reload: async () => {
      const stored = storedRecord(await call('coordinators.list', {}), id);
      return { values: initialValues(stored), version: stored.version };
    },
    changesSince: auditedChanges('coordinator', id),
  });
  const create = useApiMutation('coordinators.create');
  const update = useApiMutation('coordinators.update');
  const setActive = useApiMutation('coordinators.setActive');
  const { submit, changeActive } = useRecordForm({
    versioned,
    existing,
    what: 'De coördinator',
    onDone: props.onDone,
    create: create.mutateAsync,
    update: update.mutateAsync,
    setActive: setActive.mutateAsync,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ClashNotice versioned={versioned} labels={COORDINATOR_LABELS} />
        <TextInput label="Naam" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label="E-mail" type="email" {...form.getInputProps('email')} />
        <TextInput label="Telefoon" type="tel" {...form.getInputProps('phone')} />
        <Textarea label="Notities" autosize minRows={3} {...form.getInputProps('notes')} />
        <RecordFormActions
          existing={existing}
          what="De coördinator"
          onCancel={props.onDone}
          onChangeActive={changeActive}
          saving={create.isPending || update.isPending}
          activating={setActive.isPending}
        />
      </Stack>
    </form>
  );
}
