import { Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { familyFields, type FamilyDto, type FamilyFormValues } from '../../../shared/api/families';
import { call, useApiMutation } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { auditedChanges, saveForm, useVersionedForm } from '../../ui/form';
import { FormActions } from '../../ui/FormActions';
import { useToday } from '../../ui/today';
import { PeopleFields } from '../registrations/PeopleFields';
import { AddressFields } from './AddressFields';
import { FAMILY_LABELS } from './labels';
import { familyRuleErrors } from './rules';

function initialValues(family: FamilyDto): FamilyFormValues {
  return {
    kind: family.kind,
    street: family.street,
    houseNumber: family.houseNumber,
    houseNumberAddition: family.houseNumberAddition ?? '',
    postcode: family.postcode,
    place: family.place,
    phone: family.phone ?? '',
    email: family.email ?? '',
    municipalityId: family.municipality?.id ?? null,
    notes: family.notes ?? '',
    people: family.people,
  };
}

/** Corrects a family's address, contact details and people. */
export function FamilyForm({ family, onDone }: { family: FamilyDto; onDone: () => void }) {
  const today = useToday();
  const form = useForm<FamilyFormValues>({
    initialValues: initialValues(family),
    validate: (values) => ({
      ...zod4Resolver(familyFields)(values),
      ...familyRuleErrors(values.kind, values.people, '', today),
    }),
  });
  const update = useApiMutation('families.update');
  const versioned = useVersionedForm(form, {
    stored: { values: initialValues(family), version: family.version },
    reload: async () => {
      const stored = await call('families.get', { id: family.id });
      return { values: initialValues(stored), version: stored.version };
    },
    changesSince: auditedChanges('family', family.id),
  });
  const values = form.getValues();
  const submit = saveForm(
    form,
    async (changed) => {
      await update.mutateAsync({ ...changed, id: family.id, version: versioned.version });
      onDone();
    },
    () => `${family.name} is opgeslagen.`,
    versioned,
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ClashNotice versioned={versioned} labels={FAMILY_LABELS} />
        <AddressFields form={form} prefix="" municipalityId={values.municipalityId} />
        <PeopleFields form={form} path="people" people={values.people} />
        <Textarea label="Notities" autosize minRows={2} {...form.getInputProps('notes')} />
        <FormActions onCancel={onDone} saving={update.isPending} />
      </Stack>
    </form>
  );
}
