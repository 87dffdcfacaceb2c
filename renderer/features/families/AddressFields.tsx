import { Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useApiQuery } from '../../api';

/**
 * A family's address and contact fields, at `prefix` in the form (`''` or `'family.'`). The municipality
 * is chosen among the active ones; `onPlaceBlur` lets the registration form suggest one.
 */
export function AddressFields<V>(props: {
  form: UseFormReturnType<V>;
  prefix: string;
  municipalityId: number | null;
  municipalityHint?: ReactNode;
  onPlaceBlur?: () => void;
}) {
  const { form, prefix } = props;
  const municipalities = useApiQuery('municipalities.list', {});
  const field = (name: string) => form.getInputProps(`${prefix}${name}`);
  const suggest = props.onPlaceBlur ? { onBlur: props.onPlaceBlur } : {};
  return (
    <SimpleGrid cols={3}>
      <TextInput label="Straat" withAsterisk style={{ gridColumn: 'span 2' }} {...field('street')} />
      <Group gap="xs" grow>
        <TextInput label="Huisnummer" withAsterisk {...field('houseNumber')} />
        <TextInput label="Toevoeging" {...field('houseNumberAddition')} />
      </Group>
      <TextInput label="Postcode" withAsterisk {...field('postcode')} {...suggest} />
      <TextInput label="Plaats" withAsterisk {...field('place')} {...suggest} />
      <Select
        label="Gemeente"
        data={(municipalities.data ?? []).filter((m) => m.active).map((m) => ({ value: String(m.id), label: m.name }))}
        searchable
        clearable
        value={props.municipalityId === null ? null : String(props.municipalityId)}
        onChange={(id) => form.setFieldValue(`${prefix}municipalityId`, (id === null ? null : Number(id)) as never)}
        error={form.errors[`${prefix}municipalityId`]}
        description={props.municipalityHint}
      />
      <TextInput label="Telefoon" type="tel" {...field('phone')} />
      <TextInput label="E-mail" type="email" {...field('email')} />
    </SimpleGrid>
  );
}
