import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { RegistrationCreateValues } from '../../../shared/api/registrations';
import { ageOn, isValidIsoDate, isoDateInNetherlands } from '../../../shared/domain/dates';
import { PERSON_ROLES, PERSON_ROLE_LABELS } from '../../../shared/domain/families';
import { DateField } from '../../ui/DateField';

type Form = UseFormReturnType<Omit<RegistrationCreateValues, 'existingFamilyId' | 'acceptDuplicate'>>;

const ROLE_OPTIONS = PERSON_ROLES.map((role) => ({ value: role, label: PERSON_ROLE_LABELS[role] }));

/** The people of the family: parents, other adults and children, each with a birth date. */
export function PeopleFields({ form }: { form: Form }) {
  const today = isoDateInNetherlands(new Date());
  const people = form.getValues().family.people;
  const lastName = people[0]?.lastName ?? '';
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">Personen in het gezin</Text>
      {people.map((person, index) => (
        <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput aria-label={`Voornaam persoon ${index + 1}`} placeholder="Voornaam" w={140} {...form.getInputProps(`family.people.${index}.firstName`)} />
          <TextInput aria-label={`Achternaam persoon ${index + 1}`} placeholder="Achternaam" w={160} {...form.getInputProps(`family.people.${index}.lastName`)} />
          <DateField aria-label={`Geboortedatum persoon ${index + 1}`} w={140} {...form.getInputProps(`family.people.${index}.birthDate`)} />
          <Select aria-label={`Rol persoon ${index + 1}`} data={ROLE_OPTIONS} w={170} allowDeselect={false} {...form.getInputProps(`family.people.${index}.role`)} />
          <Text size="sm" c="dimmed" w={60} pt={6}>
            {isValidIsoDate(person.birthDate) ? `${ageOn(person.birthDate, today)} jr` : ''}
          </Text>
          <ActionIcon variant="subtle" color="red" mt={4} aria-label={`Persoon ${index + 1} verwijderen`}
            onClick={() => form.removeListItem('family.people', index)} disabled={people.length === 1}>
            ×
          </ActionIcon>
        </Group>
      ))}
      {typeof form.errors['family.people'] === 'string' && <Text c="red" size="sm">{form.errors['family.people']}</Text>}
      <Group gap="xs">
        <Button variant="light" size="xs" onClick={() => form.insertListItem('family.people', { firstName: '', lastName, birthDate: '', role: 'kind' })}>
          Kind toevoegen
        </Button>
        <Button variant="light" size="xs" onClick={() => form.insertListItem('family.people', { firstName: '', lastName, birthDate: '', role: 'ouder' })}>
          Volwassene toevoegen
        </Button>
      </Group>
    </Stack>
  );
}
