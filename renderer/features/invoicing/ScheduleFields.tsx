import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ContractFormValues } from '../../../shared/api/contracts';
import { addMonths } from '../../../shared/domain/dates';
import {
  contractYears,
  TEMPLATE_LABELS,
  TEMPLATES,
  type ScheduleTemplate,
} from '../../../shared/domain/invoicing/schedule';
import { WHOLE, splitAmount } from '../../../shared/domain/invoicing/split';
import { DateField } from '../../ui/DateField';

/** "4 × 25%" is the custom list filled with four equal parts, whose dates the user then picks. */
const QUARTERS = 'quarters';
const CHOICES = [
  ...TEMPLATES.filter((t) => t !== 'custom').map((value) => ({ value, label: TEMPLATE_LABELS[value] })),
  { value: QUARTERS, label: '4 × 25% (data zelf kiezen)' },
  { value: 'custom', label: 'Eigen lijst' },
];

export function ScheduleFields({ form }: { form: UseFormReturnType<ContractFormValues> }) {
  const schedule = form.values.schedule;

  function choose(value: string | null) {
    if (!value) return;
    if (value === QUARTERS) {
      form.setFieldValue('schedule', {
        template: 'custom',
        partsPerYear: null,
        instalments: equalParts(form.values, 4),
      });
      return;
    }
    const template = value as ScheduleTemplate;
    form.setFieldValue('schedule', {
      template,
      partsPerYear: template === 'equal-per-year' ? (schedule.partsPerYear ?? 2) : null,
      instalments:
        template === 'custom' ? (schedule.instalments.length ? schedule.instalments : equalParts(form.values, 2)) : [],
    });
  }

  const isQuarters =
    schedule.template === 'custom' &&
    schedule.instalments.length === 4 &&
    schedule.instalments.every((i) => i.shareBasisPoints === 2500);
  const setRows = (instalments: ContractFormValues['schedule']['instalments']) =>
    form.setFieldValue('schedule.instalments', instalments);

  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <Select
          label="Schema"
          data={CHOICES}
          value={isQuarters ? QUARTERS : schedule.template}
          onChange={choose}
          allowDeselect={false}
          w={300}
        />
        {schedule.template === 'equal-per-year' && (
          <NumberInput
            label="Delen per jaar"
            min={1}
            max={12}
            allowDecimal={false}
            w={140}
            value={schedule.partsPerYear ?? ''}
            onChange={(v) => form.setFieldValue('schedule.partsPerYear', typeof v === 'number' ? v : null)}
          />
        )}
      </Group>
      {schedule.template === 'custom' && (
        <Stack gap={6}>
          {schedule.instalments.map((row, i) => (
            <Group key={i} align="flex-end">
              <Text w={70} size="sm">
                Termijn {i + 1}
              </Text>
              <DateField
                label={i === 0 ? 'Factuurdatum' : undefined}
                aria-label={`Factuurdatum termijn ${i + 1}`}
                w={160}
                value={row.invoiceDate}
                onChange={(value) => form.setFieldValue(`schedule.instalments.${i}.invoiceDate`, value)}
                error={form.errors[`schedule.instalments.${i}.invoiceDate`]}
              />
              <NumberInput
                label={i === 0 ? 'Deel' : undefined}
                aria-label={`Deel termijn ${i + 1}`}
                w={110}
                suffix=" %"
                decimalSeparator=","
                decimalScale={2}
                min={0}
                max={100}
                hideControls
                value={row.shareBasisPoints / 100}
                onChange={(v) =>
                  form.setFieldValue(
                    `schedule.instalments.${i}.shareBasisPoints`,
                    typeof v === 'number' ? Math.round(v * 100) : 0,
                  )
                }
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Termijn ${i + 1} weghalen`}
                onClick={() => setRows(schedule.instalments.filter((_, k) => k !== i))}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() => setRows([...schedule.instalments, { invoiceDate: '', shareBasisPoints: 0 }])}
            >
              Termijn toevoegen
            </Button>
          </Group>
        </Stack>
      )}
      {form.errors.schedule && (
        <Text size="sm" c="red">
          {form.errors.schedule}
        </Text>
      )}
    </Stack>
  );
}

/** Equal shares on dates spread over the contract's months, the first of each month. */
function equalParts(values: ContractFormValues, parts: number): ContractFormValues['schedule']['instalments'] {
  const shares = splitAmount(WHOLE, Array<number>(parts).fill(1));
  const months =
    values.startDate && values.endDate && values.endDate >= values.startDate
      ? contractYears({ startDate: values.startDate, endDate: values.endDate, amountCents: 1 }).reduce(
          (sum, y) => sum + y.months,
          0,
        )
      : 12;
  return shares.map((shareBasisPoints, k) => ({
    invoiceDate: values.startDate
      ? `${addMonths(values.startDate, Math.floor((k * months) / parts)).slice(0, 8)}01`
      : '',
    shareBasisPoints,
  }));
}
