import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { FamilyKind } from '../../../shared/domain/families';
import { useApiQuery } from '../../api';

/** Finds a family of one kind by name or postcode, asking the main process as the user types. */
export function FamilyPicker(props: {
  label: string;
  kind: FamilyKind;
  value: number | null;
  onChange: (id: number | null) => void;
  error?: React.ReactNode;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const found = useApiQuery(
    'families.search',
    { search: debounced, kind: props.kind, municipalityId: null, limit: 50 },
    { keepPrevious: true },
  );
  const options = (found.data?.rows ?? []).map((f) => ({
    value: String(f.id),
    label: `${f.name}, ${f.street} ${f.houseNumber}, ${f.place}`,
  }));
  return (
    <Select
      label={props.label}
      withAsterisk
      searchable
      clearable
      placeholder="Zoek op naam of postcode"
      nothingFoundMessage="Geen gezin gevonden"
      data={options}
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      value={props.value === null ? null : String(props.value)}
      onChange={(value) => props.onChange(value === null ? null : Number(value))}
      error={props.error}
    />
  );
}
