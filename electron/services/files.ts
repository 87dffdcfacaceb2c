import fs from 'node:fs';
import path from 'node:path';
import type { Desktop } from './desktop';
import { DomainError, fieldError } from './errors';
import type { DataPaths } from './settings/system';

/**
 * Files the user attaches (a signed contract, a VOG, a policy's conditions) are kept inside the
 * app's data folder, next to the database and its backups, and opened with the system's viewer.
 */
const TYPES: Record<string, string[]> = {
  scan: ['.pdf', '.jpg', '.jpeg', '.png'],
  pdf: ['.pdf'],
};

export function keepFile(
  paths: DataPaths,
  name: string,
  file: { fileName: string; content: string },
  kind: keyof typeof TYPES,
): string {
  const extension = path.extname(file.fileName).toLowerCase();
  if (!TYPES[kind].includes(extension)) {
    throw fieldError(
      'fileName',
      kind === 'pdf' ? 'Kies een PDF-bestand.' : 'Kies een scan als PDF-, JPG- of PNG-bestand.',
    );
  }
  const folder = path.join(paths.dataFolder, 'scans');
  fs.mkdirSync(folder, { recursive: true });
  const relative = path.join('scans', `${name}-${Date.now()}${extension}`);
  fs.writeFileSync(path.join(paths.dataFolder, relative), Buffer.from(file.content, 'base64'));
  return relative;
}

export async function openKeptFile(paths: DataPaths, relative: string | null, desktop: Desktop): Promise<void> {
  const file = relative && path.join(paths.dataFolder, relative);
  if (!file || !fs.existsSync(file))
    throw new DomainError('NOT_FOUND', 'Dit bestand is er niet (meer). Voeg het opnieuw toe.');
  try {
    await desktop.openFile(file);
  } catch {
    throw new DomainError(
      'INTERNAL',
      'De computer kon dit bestand niet openen. Is er een programma voor PDF- of fotobestanden?',
    );
  }
}
