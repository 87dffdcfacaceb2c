import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseDutchDate } from '../../shared/domain/dates';

/** A date typed as dd-mm-jjjj or picked; the value is an ISO date string, '' when empty. */
export function DateField(
  props: Omit<DateInputProps, 'value' | 'onChange'> & { value?: string; onChange: (value: string) => void },
) {
  const { value, onChange, ...rest } = props;
  return (
    <DateInput
      valueFormat="DD-MM-YYYY"
      placeholder="dd-mm-jjjj"
      dateParser={(text) => parseDutchDate(text)}
      clearable
      {...rest}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
    />
  );
}
