import { Button, Card, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { formatDateTime } from '../../../shared/domain/format';
import { useApiMutation, useApiQuery } from '../../api';
import { notifyError, notifySaved } from '../../ui/form';
import { useMayUse, useSession } from '../../ui/session';

/**
 * Puts one of this computer's reservekopieën back as its data. Only on the computer's own file: on
 * the shared database the server keeps the backups.
 */
export function BackupsPanel() {
  const session = useSession();
  const mayRestore = useMayUse('system.restoreBackup');
  const system = useApiQuery('system.info', {});
  const restore = useApiMutation('system.restoreBackup');
  if (session?.engine !== 'sqlite' || !mayRestore) return null;

  async function restoreBackup(fileName: string) {
    try {
      const result = await restore.mutateAsync({ fileName });
      notifySaved(
        `De reservekopie is teruggezet. De gegevens van vlak daarvoor zijn bewaard als reservekopie ${result.keptAs}.`,
      );
    } catch (error) {
      notifyError(error);
    } finally {
      // The list has a new reservekopie (the data from before) or lost a damaged one.
      void system.refetch();
    }
  }

  function confirm(fileName: string, createdAt: string) {
    modals.openConfirmModal({
      title: 'Reservekopie terugzetten',
      children: (
        <Text size="sm">
          De gegevens worden vervangen door de reservekopie van {formatDateTime(createdAt)}. Wat daarna is ingevoerd,
          staat dan niet meer in de app. De gegevens van nu worden eerst als reservekopie bewaard, zodat u dit ongedaan
          kunt maken.
        </Text>
      ),
      labels: { confirm: 'Terugzetten', cancel: 'Annuleren' },
      confirmProps: { color: 'red' },
      onConfirm: () => void restoreBackup(fileName),
    });
  }

  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        Reservekopie terugzetten
      </Title>
      <Text size="sm" mb="xs">
        Zet de gegevens terug zoals ze in een reservekopie staan, bijvoorbeeld na een vergissing.
      </Text>
      <Table fz="sm" aria-label="Reservekopieën">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Gemaakt</Table.Th>
            <Table.Th>Reservekopie</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {system.data?.backups.map((backup) => (
            <Table.Tr key={backup.fileName}>
              <Table.Td>{formatDateTime(backup.createdAt)}</Table.Td>
              <Table.Td ff="monospace">{backup.fileName}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  loading={restore.isPending && restore.variables?.fileName === backup.fileName}
                  aria-label={`Terugzetten: ${backup.fileName}`}
                  onClick={() => confirm(backup.fileName, backup.createdAt)}
                >
                  Terugzetten
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
