import { NumberInput, type NumberInputProps } from '@mantine/core';

/**
 * An amount typed the Dutch way (€ 41.850,00); the value is whole cents. It listens to the parsed
 * number, since the input's own onChange hands over text while two fixed decimals are shown.
 */
export function MoneyField(
  props: Omit<NumberInputProps, 'value' | 'onChange'> & {
    value: number | null;
    onChange: (cents: number | null) => void;
  },
) {
  const { value, onChange, ...rest } = props;
  return (
    <NumberInput
      prefix="€ "
      decimalSeparator=","
      thousandSeparator="."
      decimalScale={2}
      fixedDecimalScale
      min={0}
      hideControls
      {...rest}
      value={value == null ? '' : value / 100}
      onValueChange={({ floatValue }) => onChange(floatValue === undefined ? null : Math.round(floatValue * 100))}
    />
  );
}
