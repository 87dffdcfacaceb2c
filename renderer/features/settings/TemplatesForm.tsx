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
  templateFields,
  type DocumentKind,
  type TemplateDto,
} from '../../../shared/api/matches';
import { formatDateTime } from '../../../shared/domain/format';
import { PLACEHOLDERS } from '../../../shared/domain/matches/placeholders';
import { call, useApiMutation, useApiQuery } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { saveForm, useVersionedForm, type ColleagueChange } from '../../ui/form';
import { TEMPLATE_LABELS } from './labels';

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
      {versions[0] && <TemplateEditor key={kind} latest={versions[0]} />}
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

/** Every version of one template, newest first. */
async function versionsOf(kind: DocumentKind): Promise<TemplateDto[]> {
  return (await call('templates.list', {})).filter((t) => t.kind === kind);
}

/** The versions saved after `version`, oldest first, with the fields each changed: a template has no audit trail per field. */
async function templateChanges(kind: DocumentKind, version: number): Promise<ColleagueChange[]> {
  const versions = (await versionsOf(kind)).reverse();
  return versions.flatMap((t, i) =>
    t.templateVersion > version
      ? [
          {
            at: t.createdAt,
            actor: t.actor,
            fields: (['title', 'body'] as const).filter((f) => t[f] !== versions[i - 1]?.[f]),
          },
        ]
      : [],
  );
}

const storedTemplate = ({ kind, title, body, templateVersion }: TemplateDto) => ({
  values: { kind, title, body },
  version: templateVersion,
});

function TemplateEditor({ latest }: { latest: TemplateDto }) {
  const form = useForm({
    initialValues: storedTemplate(latest).values,
    validate: zod4Resolver(templateFields),
  });
  const versioned = useVersionedForm(form, {
    stored: storedTemplate(latest),
    reload: async () => storedTemplate((await versionsOf(latest.kind))[0]),
    changesSince: (version) => templateChanges(latest.kind, version),
  });
  const save = useApiMutation('templates.save');
  const submit = saveForm(
    form,
    (values) => save.mutateAsync({ ...values, version: versioned.version }),
    (saved) => `Versie ${saved.templateVersion} is opgeslagen; eerder gemaakte documenten houden hun versie.`,
    versioned,
  );
  return (
    <form onSubmit={submit} noValidate>
      <Grid>
        <Grid.Col span={8}>
          <Stack>
            <ClashNotice versioned={versioned} labels={TEMPLATE_LABELS} />
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
