import { Button, Group } from '@mantine/core';

/**
 * The end of every form: the button that saves, busy while it does, and "Annuleren" where there is
 * something to go back to (a modal, a drawer); a settings tab has none.
 */
export function FormActions(props: { onCancel?: () => void; saving: boolean; submitLabel?: string }) {
  return (
    <Group justify="flex-end">
      {props.onCancel && (
        <Button variant="default" onClick={props.onCancel}>
          Annuleren
        </Button>
      )}
      <Button type="submit" loading={props.saving}>
        {props.submitLabel ?? 'Opslaan'}
      </Button>
    </Group>
  );
}
