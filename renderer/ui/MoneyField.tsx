import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { formatMoney } from '../../shared/domain/format';
import { parseMoney } from '../../shared/domain/money';

/** What the user typed, and the cents it means (NaN: unreadable); `editing` while the field has focus. */
interface Draft {
  text: string;
  cents: number | null | undefined;
  editing: boolean;
}

/**
 * The one field for an amount, typed the Dutch way (41.850, € 10.462,50, 41850,-); the value is
 * whole cents, null when empty. An entry `parseMoney` cannot read gives NaN, which no amount schema
 * accepts, so the form is not saved while the field says why. After leaving the field it shows
 * the amount as the app formats it, which is the amount saved.
 */
export function MoneyField(
  props: Omit<TextInputProps, 'value' | 'onChange'> & {
    value: number | null | undefined;
    onChange: (cents: number | null) => void;
    /** Whether a negative amount is allowed; by default it is refused. */
    negative?: boolean;
  },
) {
  const { value, onChange, negative, error, onFocus, onBlur, ...rest } = props;
  const [draft, setDraft] = useState<Draft | null>(null);
  // A draft belongs to the value it produced: a value set from elsewhere (a reset, a colleague's version) replaces it.
  const current = draft && Object.is(draft.cents, value) ? draft : null;
  const reading = current ? parseMoney(current.text, { negative }) : null;
  const refusal = current && !current.editing && reading && !reading.ok ? reading.message : null;
  return (
    <TextInput
      placeholder="€ 0,00"
      inputMode="decimal"
      autoComplete="off"
      {...rest}
      error={refusal ?? error}
      value={current ? current.text : shown(value)}
      onFocus={(event) => {
        setDraft({ text: current ? current.text : shown(value), cents: value, editing: true });
        onFocus?.(event);
      }}
      onChange={(event) => {
        const text = event.currentTarget.value;
        const next = parseMoney(text, { negative });
        const cents = next.ok ? next.cents : NaN;
        setDraft({ text, cents, editing: true });
        onChange(cents);
      }}
      onBlur={(event) => {
        setDraft(reading?.ok ? null : current && { ...current, editing: false });
        onBlur?.(event);
      }}
    />
  );
}

function shown(cents: number | null | undefined): string {
  return cents == null || Number.isNaN(cents) ? '' : formatMoney(cents);
}
