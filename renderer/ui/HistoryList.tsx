import { Loader, Stack, Table, Text } from '@mantine/core';
import type { AuditValue, AuditedEntity } from '../../shared/api/audit';
import { formatDateTime } from '../../shared/domain/format';
import { useApiQuery } from '../api';

const VERBS: Record<string, string> = {
  create: 'Aangemaakt',
  update: 'Gewijzigd',
  setActive: 'Actief of inactief gezet',
  changeStatus: 'Status gewijzigd',
  bulk: 'Gewijzigd in een bulkactie',
  commit: 'Geïmporteerd',
  createFromInstalments: 'Conceptfactuur gemaakt',
  updateConcept: 'Concept gewijzigd',
  deleteConcept: 'Concept verwijderd',
  finalize: 'Definitief gemaakt',
  credit: 'Creditfactuur gemaakt',
  markSent: 'Verzonden',
  addPayment: 'Betaling geboekt',
  removePayment: 'Betaling verwijderd',
  reminder: 'Herinnering gemaakt',
};

function verbOf(operation: string): string {
  return VERBS[operation.split('.').pop() ?? ''] ?? operation;
}

function show(value: AuditValue): string {
  if (value === null || value === '') return '(leeg)';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return String(value);
}

/** Who changed what and when, from the audit trail, newest first. */
export function HistoryList(props: {
  entityType: AuditedEntity;
  entityId: number;
  fieldLabels: Record<string, string>;
}) {
  const { data, isPending } = useApiQuery('audit.history', { entityType: props.entityType, entityId: props.entityId });
  if (isPending) return <Loader size="sm" />;
  if (!data?.length) return <Text c="dimmed">Nog geen wijzigingen.</Text>;
  return (
    <Stack gap="lg" data-testid="history">
      {data.map((entry) => (
        <div key={entry.id}>
          <Text size="sm" fw={600}>
            {formatDateTime(entry.at)} · {entry.actor} · {verbOf(entry.operation)}
          </Text>
          <Table withRowBorders={false} verticalSpacing={2} fz="sm">
            <Table.Tbody>
              {entry.changes.map((change) => (
                <Table.Tr key={change.field}>
                  <Table.Td w="30%">{props.fieldLabels[change.field] ?? change.field}</Table.Td>
                  <Table.Td c="dimmed">{show(change.old)}</Table.Td>
                  <Table.Td>→ {show(change.new)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ))}
    </Stack>
  );
}
