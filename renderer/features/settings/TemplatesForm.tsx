import {
  Button,
  Code,
  Grid,
  Group,
  ScrollArea,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import {
  DOCUMENT_KINDS,
  DOCUMENT_KIND_LABELS,
  templateSave,
  type DocumentKind,
  type TemplateDto,
} from '../../../shared/api/matches';
import { formatDateTime } from '../../../shared/domain/format';
import { PLACEHOLDERS } from '../../../shared/domain/matches/placeholders';
import { useApiMutation, useApiQuery } from '../../api';
import { saveForm } from '../../ui/form';

/** The texts of the contract and the huisregels; saving makes a new version. */
export function TemplatesForm() {
  const [kind, setKind] = useState<DocumentKind>('contract');
  const templates = useApiQuery('templates.list', {});
  const versions = (templates.data ?? []).filter((t) => t.kind === kind);
  return (
    <Stack>
      <SegmentedControl
        value={kind}
        onChange={(v) => setKind(v)}
        w={300}
        data={DOCUMENT_KINDS.map((value) => ({ value, label: DOCUMENT_KIND_LABELS[value] }))}
      />
      {versions[0] && <TemplateEditor key={`${versions[0].id}`} latest={versions[0]} />}
      <Table fz="sm" aria-label="Versies">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Versie</Table.Th>
            <Table.Th>Opgeslagen</Table.Th>
            <Table.Th>Door</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>{t.templateVersion}</Table.Td>
              <Table.Td>{formatDateTime(t.createdAt)}</Table.Td>
              <Table.Td>{t.actor}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function TemplateEditor({ latest }: { latest: TemplateDto }) {
  const form = useForm({
    initialValues: { kind: latest.kind, title: latest.title, body: latest.body },
    validate: zod4Resolver(templateSave),
  });
  const save = useApiMutation('templates.save', ['templates', 'audit']);
  const submit = saveForm(
    form,
    (values) => save.mutateAsync(values),
    (saved) => `Versie ${saved.templateVersion} is opgeslagen; eerder gemaakte documenten houden hun versie.`,
  );
  return (
    <form onSubmit={submit} noValidate>
      <Grid>
        <Grid.Col span={8}>
          <Stack>
            <TextInput label="Titel" {...form.getInputProps('title')} />
            <Textarea
              label="Tekst"
              description="# begint een kop, - een opsomming, een lege regel een nieuwe alinea."
              autosize
              minRows={14}
              maxRows={30}
              styles={{ input: { fontFamily: 'monospace', fontSize: 13 } }}
              {...form.getInputProps('body')}
            />
            <Group>
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                Opslaan als nieuwe versie
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={4}>
          <Text size="sm" fw={500} mb={4}>
            Plaatsaanduidingen
          </Text>
          <ScrollArea h={420}>
            <Stack gap={4}>
              {Object.entries(PLACEHOLDERS).map(([name, meaning]) => (
                <div key={name}>
                  <Code>{`{{${name}}}`}</Code>
                  <Text size="xs" c="dimmed">
                    {meaning}
                  </Text>
                </div>
              ))}
            </Stack>
          </ScrollArea>
        </Grid.Col>
      </Grid>
    </form>
  );
}
