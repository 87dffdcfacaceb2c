import { Loader, Stack, Table, Text } from '@mantine/core';
import type { AuditedEntity, FieldChange } from '../../shared/api/audit';
import { HISTORY_FIELDS } from '../../shared/api/history';
import { isNote, showValue, text, type HistoryFields } from '../../shared/api/history/field';
import { operationLabel } from '../../shared/api/history/operations';
import { formatDateTime } from '../../shared/domain/format';
import { useApiQuery } from '../api';

/** Who changed what and when, from the audit trail, newest first, in the words and notation of the app. */
export function HistoryList(props: { entityType: AuditedEntity; entityId: number }) {
  const { data, isPending } = useApiQuery('audit.history', { entityType: props.entityType, entityId: props.entityId });
  const fields = HISTORY_FIELDS[props.entityType];
  if (isPending) return <Loader size="sm" />;
  if (!data?.length) return <Text c="dimmed">Nog geen wijzigingen.</Text>;
  return (
    <Stack gap="lg" data-testid="history">
      {data.map((entry) => (
        <div key={entry.id}>
          <Text size="sm" fw={600}>
            {formatDateTime(entry.at)} · {entry.actor} · {operationLabel(entry.operation)}
          </Text>
          <Table withRowBorders={false} verticalSpacing={2} fz="sm">
            <Table.Tbody>
              {shownChanges(entry.changes, fields).map(({ change, field }) => (
                <Table.Tr key={change.field}>
                  <Table.Td w="30%">{field.label}</Table.Td>
                  {isNote(field) ? (
                    <Table.Td colSpan={2} c="dimmed">
                      {showValue(field, null)}
                    </Table.Td>
                  ) : (
                    <>
                      <Table.Td c="dimmed">{showValue(field, change.old)}</Table.Td>
                      <Table.Td>→ {showValue(field, change.new)}</Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ))}
    </Stack>
  );
}

/**
 * The changes with how to show them; left out are hidden fields and changes the user cannot see
 * (nothing became empty text). A field no longer in the record's view (an entry from before it
 * was renamed) shows as stored, under its own name.
 */
function shownChanges(changes: FieldChange[], fields: HistoryFields) {
  return changes.flatMap((change) => {
    const field = fields[change.field] ?? text(change.field);
    if (field.kind === 'hidden') return [];
    if (!isNote(field) && showValue(field, change.old) === showValue(field, change.new)) return [];
    return [{ change, field }];
  });
}
