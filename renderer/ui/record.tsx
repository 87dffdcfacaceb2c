import { Button, Group, Switch } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ActiveToggle } from './ActiveToggle';
import { DataTable, type Columns } from './DataTable';
import { notifyError, notifySaved, saveForm, type VersionedForm } from './form';
import { RecordDrawer } from './RecordDrawer';

interface Versioned {
  id: number;
  version: number;
  name: string;
  active: boolean;
}

interface RecordFormOptions<V, R extends Versioned> {
  /** The form; on an existing record it saves with its version and shows a colleague's clashing save. */
  versioned: VersionedForm<V>;
  existing?: R;
  /** With its article, as a sentence starts: "De gemeente". */
  what: string;
  create: (values: V) => Promise<R>;
  update: (values: V & { id: number; version: number }) => Promise<R>;
  setActive: (input: { id: number; version: number; active: boolean }) => Promise<unknown>;
  onDone: () => void;
}

/** Saving and (de)activating a record from its form: the one pattern every record form uses. */
export function useRecordForm<V extends object, R extends Versioned>(options: RecordFormOptions<V, R>) {
  const { existing, versioned } = options;
  const submit = saveForm(
    versioned.form,
    async (values) => {
      const saved = existing
        ? await options.update({ ...values, id: existing.id, version: versioned.version })
        : await options.create(values);
      options.onDone();
      return saved;
    },
    (saved) => `${saved.name} is opgeslagen.`,
    versioned,
  );

  async function changeActive(active: boolean) {
    if (!existing) return;
    try {
      await options.setActive({ id: existing.id, version: versioned.version, active });
      notifySaved(`${options.what} is ${active ? 'weer actief' : 'gedeactiveerd'}.`);
      options.onDone();
    } catch (error) {
      notifyError(error);
    }
  }
  return { submit, changeActive };
}

/** The buttons under a record form. */
export function RecordFormActions(props: {
  existing?: Versioned;
  what: string;
  saving: boolean;
  activating: boolean;
  onChangeActive: (active: boolean) => void;
  onCancel: () => void;
}) {
  return (
    <Group justify="space-between" mt="md">
      {props.existing ? (
        <ActiveToggle
          active={props.existing.active}
          what={props.what}
          busy={props.activating}
          onChange={props.onChangeActive}
        />
      ) : (
        <span />
      )}
      <Group>
        <Button variant="default" onClick={props.onCancel}>
          Annuleren
        </Button>
        <Button type="submit" loading={props.saving}>
          Opslaan
        </Button>
      </Group>
    </Group>
  );
}

type Editing = { mode: 'new' } | { mode: 'edit'; id: number } | null;

/** A list of records with "Ook inactieve", a "Nieuwe …" button and the drawer to edit one. */
export function RecordsTab<T extends Versioned>(props: {
  label: string;
  newLabel: string;
  emptyText: string;
  exportFileName: string;
  data: T[];
  columns: Columns<T>;
  renderForm: (record: T | undefined, close: () => void) => ReactNode;
  renderHistory: (record: T) => ReactNode;
  /** False for a role that may only read these records: no "Nieuwe …", and a form to look at only. */
  editable: boolean;
}) {
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const visible = showInactive ? props.data : props.data.filter((record) => record.active);
  const current = editing?.mode === 'edit' ? props.data.find((record) => record.id === editing.id) : undefined;
  const close = () => setEditing(null);
  return (
    <>
      <DataTable
        label={props.label}
        data={visible}
        columns={props.columns}
        getRowId={(record) => String(record.id)}
        initialSorting={[{ id: 'name', desc: false }]}
        onOpen={(record) => setEditing({ mode: 'edit', id: record.id })}
        exportFileName={props.exportFileName}
        emptyText={props.emptyText}
        toolbar={
          <>
            <Switch
              label="Ook inactieve"
              checked={showInactive}
              onChange={(e) => setShowInactive(e.currentTarget.checked)}
            />
            {props.editable && <Button onClick={() => setEditing({ mode: 'new' })}>{props.newLabel}</Button>}
          </>
        }
      />
      <RecordDrawer
        opened={editing !== null}
        onClose={close}
        title={current ? current.name : props.newLabel}
        form={
          // A disabled fieldset disables every field and button inside: the record can be read, not changed.
          <fieldset
            key={current ? current.id : 'new'}
            disabled={!props.editable}
            style={{ border: 0, padding: 0, margin: 0 }}
          >
            {props.renderForm(current, close)}
          </fieldset>
        }
        history={current && props.renderHistory(current)}
      />
    </>
  );
}
