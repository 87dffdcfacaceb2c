import { Alert, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import type { DuplicateCandidate, WorkAreaSuggestion } from '../../../shared/api/families';
import { registrationCreate, type RegistrationCreateValues } from '../../../shared/api/registrations';
import { FAMILY_KIND_LABELS } from '../../../shared/domain/families';
import { ApiCallError, call, useApiMutation } from '../../api';
import { notifySaved, showApiError } from '../../ui/form';
import { useToday } from '../../ui/today';
import { AddressFields } from '../families/AddressFields';
import { familyRuleErrors } from '../families/rules';
import { PeopleFields } from './PeopleFields';
import { ReferralFields } from './ReferralFields';

type Values = Omit<RegistrationCreateValues, 'existingFamilyId' | 'acceptDuplicate'>;
type Choice = { familyId: number } | 'new';

const schema = registrationCreate.omit({ existingFamilyId: true, acceptDuplicate: true });

function emptyRegistration(today: string): Values {
  return {
    family: {
      kind: 'vraag',
      street: '',
      houseNumber: '',
      houseNumberAddition: '',
      postcode: '',
      place: '',
      phone: '',
      email: '',
      municipalityId: null,
      notes: '',
      people: [
        { firstName: '', lastName: '', birthDate: '', role: 'ouder' },
        { firstName: '', lastName: '', birthDate: '', role: 'kind' },
      ],
    },
    registration: {
      receivedDate: today,
      channel: 'zelf',
      referrerOrganisation: '',
      referrerType: null,
      referrerContact: '',
      question: '',
    },
  };
}

export function RegistrationForm({ onDone }: { onDone: (id: number) => void }) {
  const today = useToday();
  const form = useForm<Values>({
    initialValues: emptyRegistration(today),
    validate: (values) => ({
      ...zod4Resolver(schema)(values),
      ...familyRuleErrors(values.family.kind, values.family.people, 'family.', today),
    }),
  });
  const [suggestion, setSuggestion] = useState<WorkAreaSuggestion | null>(null);
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([]);
  const create = useApiMutation('registrations.create');
  const values = form.getValues();

  async function suggestMunicipality() {
    const { postcode, place } = form.getValues().family;
    if (!postcode.trim() && !place.trim()) return;
    const found = await call('families.suggestMunicipality', { postcode, place });
    setSuggestion(found);
    if (found.municipality) form.setFieldValue('family.municipalityId', found.municipality.id);
  }

  async function save(values: Values, choice?: Choice) {
    try {
      if (!choice) {
        const { family } = values;
        const found = await call('families.findDuplicates', {
          postcode: family.postcode,
          houseNumber: family.houseNumber,
          houseNumberAddition: family.houseNumberAddition,
          email: family.email,
          phone: family.phone,
          people: family.people,
        });
        setCandidates(found);
        if (found.length > 0) return;
      }
      const saved = await create.mutateAsync({
        ...values,
        existingFamilyId: choice && choice !== 'new' ? choice.familyId : null,
        acceptDuplicate: choice === 'new',
      });
      notifySaved(`De aanmelding van ${saved.family.name} is opgeslagen.`);
      onDone(saved.id);
    } catch (error) {
      if (error instanceof ApiCallError && error.error.issues.some((issue) => issue.path === 'duplicates')) return;
      showApiError(form, error);
    }
  }

  return (
    <form onSubmit={form.onSubmit((v) => save(v))} noValidate>
      <Stack>
        <SegmentedControl
          data={[
            { value: 'vraag', label: FAMILY_KIND_LABELS.vraag },
            { value: 'steun', label: FAMILY_KIND_LABELS.steun },
          ]}
          {...form.getInputProps('family.kind')}
        />
        <AddressFields
          form={form}
          prefix="family."
          municipalityId={values.family.municipalityId}
          onPlaceBlur={() => void suggestMunicipality()}
          municipalityHint={
            suggestion?.outsideWorkArea
              ? 'Buiten werkgebied: geen actieve gemeente bij deze postcode.'
              : suggestion?.municipality
                ? 'Voorgesteld op basis van de postcode.'
                : undefined
          }
        />
        <PeopleFields form={form} path="family.people" people={values.family.people} />
        <ReferralFields form={form} prefix="registration." channel={values.registration.channel} />
        {candidates.length > 0 && (
          <Alert color="orange" title="Dit gezin lijkt al bekend" data-testid="duplicate-warning">
            <Stack gap="xs">
              {candidates.map((candidate) => (
                <Group key={candidate.familyId} justify="space-between">
                  <Text size="sm">
                    <b>{candidate.name}</b> ({FAMILY_KIND_LABELS[candidate.kind]}), {candidate.address}:{' '}
                    {candidate.reasons.join(', ')}
                  </Text>
                  <Button size="xs" onClick={() => save(form.getValues(), { familyId: candidate.familyId })}>
                    Koppel aan dit gezin
                  </Button>
                </Group>
              ))}
              <Group>
                <Button size="xs" variant="default" onClick={() => save(form.getValues(), 'new')}>
                  Toch als nieuw gezin opslaan
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            Aanmelding opslaan
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
