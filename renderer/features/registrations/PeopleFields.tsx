import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ageOn, isValidIsoDate } from '../../../shared/domain/dates';
import { PERSON_ROLES, PERSON_ROLE_LABELS } from '../../../shared/domain/families';
import { DateField } from '../../ui/DateField';
import { useToday } from '../../ui/today';

interface PersonValues {
  id?: number;
  firstName: string;
  lastName: string;
  birthDate: string;
  role: string;
}

const ROLE_OPTIONS = PERSON_ROLES.map((role) => ({ value: role, label: PERSON_ROLE_LABELS[role] }));

/** The people of the family (the list at `path` in the form): adults and children, each with a birth date. */
export function PeopleFields<V>({
  form,
  path,
  people,
}: {
  form: UseFormReturnType<V>;
  path: string;
  people: PersonValues[];
}) {
  const today = useToday();
  const lastName = people[0]?.lastName ?? '';
  type NewPerson = Parameters<typeof form.insertListItem>[1];
  const add = (role: 'kind' | 'ouder') =>
    form.insertListItem(path, { firstName: '', lastName, birthDate: '', role } as NewPerson);
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        Personen in het gezin
      </Text>
      {people.map((person, index) => (
        <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            aria-label={`Voornaam persoon ${index + 1}`}
            placeholder="Voornaam"
            w={140}
            {...form.getInputProps(`${path}.${index}.firstName`)}
          />
          <TextInput
            aria-label={`Achternaam persoon ${index + 1}`}
            placeholder="Achternaam"
            w={160}
            {...form.getInputProps(`${path}.${index}.lastName`)}
          />
          <DateField
            aria-label={`Geboortedatum persoon ${index + 1}`}
            w={140}
            {...form.getInputProps(`${path}.${index}.birthDate`)}
          />
          <Select
            aria-label={`Rol persoon ${index + 1}`}
            data={ROLE_OPTIONS}
            w={170}
            allowDeselect={false}
            {...form.getInputProps(`${path}.${index}.role`)}
          />
          <Text size="sm" c="dimmed" w={60} pt={6}>
            {isValidIsoDate(person.birthDate) ? `${ageOn(person.birthDate, today)} jr` : ''}
          </Text>
          <ActionIcon
            variant="subtle"
            color="red"
            mt={4}
            aria-label={`Persoon ${index + 1} verwijderen`}
            onClick={() => form.removeListItem(path, index)}
            disabled={people.length === 1}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {typeof form.errors[path] === 'string' && (
        <Text c="red" size="sm">
          {form.errors[path]}
        </Text>
      )}
      <Group gap="xs">
        <Button variant="light" size="xs" onClick={() => add('kind')}>
          Kind toevoegen
        </Button>
        <Button variant="light" size="xs" onClick={() => add('ouder')}>
          Volwassene toevoegen
        </Button>
      </Group>
    </Stack>
  );
}
