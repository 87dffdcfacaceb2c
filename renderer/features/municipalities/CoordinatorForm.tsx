import { Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { coordinatorFields, type CoordinatorDto, type CoordinatorFormValues } from '../../../shared/api/municipalities';
import { useApiMutation } from '../../api';
import { RecordFormActions, useRecordForm } from '../../ui/record';

const AFFECTS = ['coordinators', 'municipalities', 'audit'];

export function CoordinatorForm(props: { coordinator?: CoordinatorDto; onDone: () => void }) {
  const existing = props.coordinator;
  const form = useForm<CoordinatorFormValues>({
    initialValues: {
      name: existing?.name ?? '',
      email: existing?.email ?? '',
      phone: existing?.phone ?? '',
      notes: existing?.notes ?? '',
    },
    validate: zod4Resolver(coordinatorFields),
    validateInputOnBlur: true,
  });
  const create = useApiMutation('coordinators.create', AFFECTS);
  const update = useApiMutation('coordinators.update', AFFECTS);
  const setActive = useApiMutation('coordinators.setActive', AFFECTS);
  const { submit, changeActive } = useRecordForm({
    form,
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
