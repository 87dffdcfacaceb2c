import { SegmentedControl, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { REFERRER_TYPES, REFERRER_TYPE_LABELS, type Channel } from '../../../shared/api/registrations';
import { DateField } from '../../ui/DateField';

const REFERRER_OPTIONS = REFERRER_TYPES.map((t) => ({ value: t, label: REFERRER_TYPE_LABELS[t] }));

/**
 * What a registration records of itself, at `prefix` in the form (`''` or `'registration.'`): when
 * and how it came in, who referred the family, and the question in the family's own words.
 */
export function ReferralFields<V>(props: { form: UseFormReturnType<V>; prefix: string; channel: Channel }) {
  const field = (name: string) => props.form.getInputProps(`${props.prefix}${name}`);
  return (
    <>
      <SimpleGrid cols={3}>
        <DateField label="Datum van aanmelding" withAsterisk {...field('receivedDate')} />
        <SegmentedControl
          mt={24}
          style={{ gridColumn: 'span 2' }}
          data={[
            { value: 'zelf', label: 'Zelf aangemeld' },
            { value: 'verwijzer', label: 'Via verwijzer' },
          ]}
          {...field('channel')}
        />
      </SimpleGrid>
      {props.channel === 'verwijzer' && (
        <SimpleGrid cols={3}>
          <TextInput label="Organisatie verwijzer" withAsterisk {...field('referrerOrganisation')} />
          <Select label="Soort verwijzer" withAsterisk data={REFERRER_OPTIONS} {...field('referrerType')} />
          <TextInput label="Contactpersoon" {...field('referrerContact')} />
        </SimpleGrid>
      )}
      <Textarea label="Vraag of motivatie (in eigen woorden)" autosize minRows={3} {...field('question')} />
    </>
  );
}
