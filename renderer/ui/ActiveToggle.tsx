import { Button } from '@mantine/core';
import { modals } from '@mantine/modals';

/** Deactivating keeps a record and its history; it asks first because lists hide it afterwards. */
export function ActiveToggle(props: {
  active: boolean;
  what: string;
  busy: boolean;
  onChange: (active: boolean) => void;
}) {
  if (!props.active) {
    return (
      <Button variant="default" loading={props.busy} onClick={() => props.onChange(true)}>
        Weer activeren
      </Button>
    );
  }
  return (
    <Button
      variant="subtle"
      color="red"
      loading={props.busy}
      onClick={() =>
        modals.openConfirmModal({
          title: `${props.what} deactiveren`,
          children: `${props.what} verdwijnt uit de dagelijkse lijsten. Gegevens en geschiedenis blijven bewaard; u kunt later weer activeren.`,
          labels: { confirm: 'Deactiveren', cancel: 'Annuleren' },
          confirmProps: { color: 'red' },
          onConfirm: () => props.onChange(false),
        })
      }
    >
      Deactiveren
    </Button>
  );
}
