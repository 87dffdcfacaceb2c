import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { fieldLabels } from '../../../shared/api/history/field';
import { REGISTRATION_HISTORY } from '../../../shared/api/history/registrations';
import {
  registrationFields,
  type RegistrationDto,
  type RegistrationFieldValues,
} from '../../../shared/api/registrations';
import { call, useApiMutation } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { auditedChanges, saveForm, useVersionedForm } from '../../ui/form';
import { FormActions } from '../../ui/FormActions';
import { ReferralFields } from './ReferralFields';

const LABELS = fieldLabels(REGISTRATION_HISTORY);

function initialValues(registration: RegistrationDto): RegistrationFieldValues {
  return {
    receivedDate: registration.receivedDate,
    channel: registration.channel,
    referrerOrganisation: registration.referrerOrganisation ?? '',
    referrerType: registration.referrerType,
    referrerContact: registration.referrerContact ?? '',
    question: registration.question ?? '',
  };
}

/** Corrects when and how a registration came in, and its question; the family has a form of its own. */
export function RegistrationEditForm({ registration, onDone }: { registration: RegistrationDto; onDone: () => void }) {
  const form = useForm<RegistrationFieldValues>({
    initialValues: initialValues(registration),
    validate: zod4Resolver(registrationFields),
  });
  const update = useApiMutation('registrations.update');
  const versioned = useVersionedForm(form, {
    stored: { values: initialValues(registration), version: registration.version },
    reload: async () => {
      const stored = await call('registrations.get', { id: registration.id });
      return { values: initialValues(stored), version: stored.version };
    },
    changesSince: auditedChanges('registration', registration.id),
  });
  const submit = saveForm(
    form,
    async (values) => {
      await update.mutateAsync({ ...values, id: registration.id, version: versioned.version });
      onDone();
    },
    () => 'De aanmelding is opgeslagen.',
    versioned,
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ClashNotice versioned={versioned} labels={LABELS} />
        <ReferralFields form={form} prefix="" channel={form.getValues().channel} />
        <FormActions onCancel={onDone} saving={update.isPending} />
      </Stack>
    </form>
  );
}
