import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api';
import { saveFile, savePdf } from '../../ui/files';
import { notifyError, notifySaved } from '../../ui/form';

/**
 * Inzage on request (art. 15 AVG): everything the foundation holds about this family, as a readable
 * PDF letter or as one JSON file (portability, art. 20); making either is logged in the inzagelog.
 */
export function AccessExportButton({ familyId }: { familyId: number }) {
  const [busy, setBusy] = useState(false);
  async function exportAs(format: 'pdf' | 'json') {
    setBusy(true);
    try {
      if (format === 'pdf') savePdf(await call('privacy.accessPdf', { id: familyId }));
      else {
        const file = await call('privacy.accessExport', { id: familyId });
        saveFile(file.fileName, [file.content], 'application/json');
      }
      notifySaved('Het inzagebestand is gemaakt. Geef het alleen aan wie erom vroeg.');
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button size="xs" variant="default" loading={busy}>
          Inzage (AVG)
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void exportAs('pdf')}>Inzage als PDF</Menu.Item>
        <Menu.Item onClick={() => void exportAs('json')}>Inzage als JSON</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
