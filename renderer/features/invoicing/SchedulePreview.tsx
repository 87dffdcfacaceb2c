import { Alert, Badge, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { contractFields, type ContractFormValues } from '../../../shared/api/contracts';
import { formatDate, formatMoney } from '../../../shared/domain/format';
import { formatPercent } from '../../../shared/domain/invoicing/split';
import { useApiQuery } from '../../api';

/** The instalments the schedule gives, and for a changed contract what changes against now. */
export function SchedulePreview({ values, contractId }: { values: ContractFormValues; contractId?: number }) {
  const [debounced] = useDebouncedValue(values, 300);
  const valid = contractFields.safeParse(debounced).success;
  const preview = useApiQuery(
    'contracts.preview',
    { ...debounced, id: contractId },
    { keepPrevious: true, enabled: valid },
  );
  if (!valid)
    return (
      <Text size="sm" c="dimmed">
        De termijnen verschijnen hier zodra de opdracht compleet is ingevuld.
      </Text>
    );
  if (preview.error)
    return (
      <Text size="sm" c="red">
        {preview.error.message}
      </Text>
    );
  if (!preview.data) return null;
  const { instalments, changes } = preview.data;
  return (
    <>
      <Table fz="sm" aria-label="Termijnen" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Termijn</Table.Th>
            <Table.Th>Factuurdatum</Table.Th>
            <Table.Th>Deel</Table.Th>
            <Table.Th ta="right">Bedrag</Table.Th>
            <Table.Th>Factuur</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {instalments.map((i) => (
            <Table.Tr key={i.sequence}>
              <Table.Td>
                {i.sequence} van {instalments.length}
              </Table.Td>
              <Table.Td>{formatDate(i.invoiceDate)}</Table.Td>
              <Table.Td>{formatPercent(i.shareBasisPoints)}</Table.Td>
              <Table.Td ta="right">{formatMoney(i.amountCents)}</Table.Td>
              <Table.Td>
                {i.invoice ? (
                  <Badge variant="light" color="gray">
                    {i.invoice.number ?? 'concept'}
                  </Badge>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {changes.length > 0 && (
        <Alert color="orange" title="Dit verandert bij opslaan">
          {changes.map((c) => (
            <Text size="sm" key={c.sequence}>
              Termijn {c.sequence}:{' '}
              {c.before ? `${formatDate(c.before.invoiceDate)} ${formatMoney(c.before.amountCents)}` : '(nieuw)'} →{' '}
              {c.after ? `${formatDate(c.after.invoiceDate)} ${formatMoney(c.after.amountCents)}` : '(vervalt)'}
            </Text>
          ))}
          <Text size="sm" mt={4}>
            Facturen die al gemaakt zijn, veranderen niet.
          </Text>
        </Alert>
      )}
    </>
  );
}
