import { Alert, Button, Group, List, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../shared/domain/format';
import type { Clash, ColleagueChange, VersionedForm } from './form';
import { mergeFields, undecided, type Choice, type FieldMerge } from './merge';

/**
 * Shown in a form whose save was refused because a colleague saved first: who changed what and
 * when, field by field whose value the form will hold, a choice where both changed a field, and
 * the button that puts the user's changes on the colleague's version. Labels by field name; a
 * field without one shows its name.
 */
export function ClashNotice<V extends object>(props: { versioned: VersionedForm<V>; labels: Record<string, string> }) {
  const { clash } = props.versioned;
  if (!clash) return null;
  // A newer clash starts over with no choices made.
  return <ClashDetails key={clash.stored.version} clash={clash} versioned={props.versioned} labels={props.labels} />;
}

function ClashDetails<V extends object>(props: {
  clash: Clash<V>;
  versioned: VersionedForm<V>;
  labels: Record<string, string>;
}) {
  const { clash, versioned } = props;
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const top = useRef<HTMLDivElement>(null);
  // In sight even when the user saved from the bottom of a long form.
  useEffect(() => {
    top.current?.scrollIntoView({ block: 'start' });
  }, []);
  const label = (field: string) => props.labels[field] ?? field;
  const colleague = colleagueOf(clash.changes);
  const fields = mergeFields(versioned.form.getInitialValues(), versioned.form.getValues(), clash.stored.values);
  const byOutcome = (outcome: FieldMerge['outcome']) => fields.filter((f) => f.outcome === outcome);
  return (
    <Alert
      ref={top}
      color="orange"
      title="Niet opgeslagen: iemand anders heeft dit intussen gewijzigd"
      data-testid="clash"
    >
      <Stack gap="sm">
        <Text size="sm">Wat u typte, staat nog in het formulier.</Text>
        {clash.changes.map((change, i) => (
          <Text key={i} size="sm" fw={500}>
            {change.actor} wijzigde op {formatDateTime(change.at).replace(' ', ' om ')}:{' '}
            {change.fields.map(label).join(', ')}
          </Text>
        ))}
        <FieldList
          title={`Wat ${colleague} wijzigde, komt in het formulier`}
          fields={byOutcome('theirs')}
          value="theirs"
          label={label}
        />
        <FieldList title="Wat u wijzigde, blijft staan" fields={byOutcome('mine')} value="mine" label={label} />
        {byOutcome('both').map((f) => (
          <Radio.Group
            key={f.field}
            label={`${label(f.field)}: allebei gewijzigd`}
            value={choices[f.field] ?? null}
            onChange={(choice) => setChoices({ ...choices, [f.field]: choice })}
          >
            <Group mt={4}>
              <Radio value="mine" label={withValue('Mijn waarde', f.mine)} />
              <Radio value="theirs" label={withValue(`Waarde van ${colleague}`, f.theirs)} />
            </Group>
          </Radio.Group>
        ))}
        <Group>
          <Button
            color="orange"
            disabled={undecided(fields, choices).length > 0}
            onClick={() => versioned.apply(choices)}
          >
            Mijn wijzigingen toepassen op de nieuwe versie
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function FieldList(props: { title: string; fields: FieldMerge[]; value: Choice; label: (field: string) => string }) {
  if (props.fields.length === 0) return null;
  return (
    <div>
      <Text size="sm">{props.title}:</Text>
      <List size="sm">
        {props.fields.map((f) => (
          <List.Item key={f.field}>{withValue(props.label(f.field), f[props.value])}</List.Item>
        ))}
      </List>
    </div>
  );
}

/** The colleagues who saved, by name; "een collega" when the history may not be read. */
function colleagueOf(changes: ColleagueChange[]): string {
  const names = [...new Set(changes.map((change) => change.actor))];
  if (names.length === 0) return 'een collega';
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/**
 * A label with the value a text field holds. Other values (ids, amounts in cents, lists) read
 * well only in the form's own fields, where they appear once applied.
 */
function withValue(text: string, value: unknown): string {
  if (value === '' || value === null) return `${text}: (leeg)`;
  if (typeof value === 'string') return `${text}: ${value}`;
  if (typeof value === 'boolean') return `${text}: ${value ? 'ja' : 'nee'}`;
  return text;
}
