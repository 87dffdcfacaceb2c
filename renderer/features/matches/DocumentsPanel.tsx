import { Badge, Button, FileButton, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { DOCUMENT_STATUS_LABELS, type MatchDocumentDto, type MatchDto } from '../../../shared/api/matches';
import { formatDate, formatDateTime } from '../../../shared/domain/format';
import { call, useApiMutation } from '../../api';
import { DateField } from '../../ui/DateField';
import { readAttachment, savePdf } from '../../ui/files';
import { notifyError, notifySaved } from '../../ui/form';
import { useToday } from '../../ui/today';

/** The contract and huisregels of a match: made, saved or printed, signed, scanned. */
export function DocumentsPanel({ match }: { match: MatchDto }) {
  const generate = useApiMutation('documents.generate');
  const make = (kind: 'contract' | 'huisregels') =>
    generate.mutateAsync({ matchId: match.id, kind }).then(() => notifySaved('Het document is gemaakt.'), notifyError);
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="light" onClick={() => make('contract')} loading={generate.isPending}>
          Contract maken
        </Button>
        <Button variant="light" onClick={() => make('huisregels')} loading={generate.isPending}>
          Huisregels maken
        </Button>
      </Group>
      {match.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nog geen documenten.
        </Text>
      ) : (
        <Table fz="sm" aria-label="Documenten">
          <Table.Tbody>
            {match.documents.map((d) => (
              <DocumentRow key={d.id} document={d} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function DocumentRow({ document }: { document: MatchDocumentDto }) {
  const today = useToday();
  const [signedDate, setSignedDate] = useState(today);
  const print = useApiMutation('documents.print');
  const sign = useApiMutation('documents.markSigned');
  const attach = useApiMutation('documents.attachScan');
  const run = (work: () => Promise<unknown>, done?: string) =>
    work().then(() => done && notifySaved(done), notifyError);

  function attachScan(file: File | null) {
    if (file)
      void run(
        async () => attach.mutateAsync({ id: document.id, version: document.version, ...(await readAttachment(file)) }),
        'De scan is bewaard.',
      );
  }

  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {document.title}
        </Text>
        <Text size="xs" c="dimmed">
          Sjabloon versie {document.templateVersion}, gemaakt {formatDateTime(document.createdAt)}
        </Text>
        <Badge mt={4} variant="light" color={document.status === 'ondertekend' ? 'teal' : 'gray'}>
          {DOCUMENT_STATUS_LABELS[document.status]}
          {document.signedDate ? ` ${formatDate(document.signedDate)}` : ''}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Stack gap={6}>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() => run(async () => savePdf(await call('documents.pdf', { id: document.id })))}
            >
              Opslaan als PDF
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                print
                  .mutateAsync({ id: document.id, version: document.version })
                  .then(
                    ({ printed }) => printed && notifySaved('Het document is naar de printer gestuurd.'),
                    notifyError,
                  )
              }
            >
              Afdrukken
            </Button>
          </Group>
          {document.status !== 'ondertekend' && (
            <Group gap="xs" align="flex-end">
              <DateField
                aria-label="Ondertekend ontvangen op"
                size="xs"
                w={130}
                value={signedDate}
                onChange={setSignedDate}
                clearable={false}
              />
              <Button
                size="xs"
                variant="light"
                onClick={() =>
                  run(
                    () => sign.mutateAsync({ id: document.id, version: document.version, signedDate }),
                    'Vastgelegd als ondertekend.',
                  )
                }
              >
                Ondertekend ontvangen
              </Button>
            </Group>
          )}
          <Group gap="xs">
            <FileButton onChange={attachScan} accept="application/pdf,image/png,image/jpeg">
              {(props) => (
                <Button size="xs" variant="subtle" {...props}>
                  {document.hasScan ? 'Andere scan…' : 'Scan toevoegen…'}
                </Button>
              )}
            </FileButton>
            {document.hasScan && (
              <Button
                size="xs"
                variant="subtle"
                onClick={() => run(() => call('documents.openScan', { id: document.id }))}
              >
                Scan openen
              </Button>
            )}
          </Group>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
