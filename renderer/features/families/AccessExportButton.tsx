import { Button } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api';
import { saveFile } from '../../ui/files';
import { notifyError, notifySaved } from '../../ui/form';

/**
 * Inzage on request (art. 15 AVG): everything the foundation holds about this family as one JSON
 * file for the person who asked; making it is logged in the inzagelog.
 */
export function AccessExportButton({ familyId }: { familyId: number }) {
  const [busy, setBusy] = useState(false);
  async function exportFile() {
    setBusy(true);
    try {
      const file = await call('privacy.accessExport', { id: familyId });
      saveFile(file.fileName, [file.content], 'application/json');
      notifySaved('Het inzagebestand is gemaakt. Geef het alleen aan wie erom vroeg.');
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button size="xs" variant="default" loading={busy} onClick={() => void exportFile()}>
      Inzage-export (AVG)
    </Button>
  );
}
