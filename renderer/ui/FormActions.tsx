import { Button, Group } from '@mantine/core';

/** The end of every form: "Annuleren" and the button that saves, busy while it does. */
export function FormActions(props: { onCancel: () => void; saving: boolean; submitLabel?: string }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={props.onCancel}>
        Annuleren
      </Button>
      <Button type="submit" loading={props.saving}>
        {props.submitLabel ?? 'Opslaan'}
      </Button>
    </Group>
  );
}
