import fs from 'node:fs';
import path from 'node:path';
import type { BackupRestoredDto } from '../../../shared/api/settings';
import { backupPath, listBackups } from '../../db/backup';
import { pragmaOf } from '../../db/encryption';
import { stageCopy, type DatabaseRestore } from '../../db/restore';
import type { ServiceContext } from '../context';
import { DomainError, fieldError } from '../errors';
import type { DataPaths } from './system';

const SHARED_DATABASE =
  'Op de gedeelde database zet de app geen reservekopie terug: reservekopieën zijn daar de taak van de server. Vraag de beheerder van de server.';
const GONE = 'Deze reservekopie bestaat niet (meer) of is onvolledig. Vernieuw de lijst en kies een andere.';
const DAMAGED = 'Deze reservekopie is beschadigd; er is niets gewijzigd. Kies een andere.';
const NEWER =
  'Deze reservekopie is gemaakt met een nieuwere versie van de app; er is niets gewijzigd. Installeer eerst de nieuwste versie.';

/** Where nothing holds the database that could put a copy in its place. */
export const noRestore: DatabaseRestore = {
  replaceWith() {
    return Promise.reject(
      new DomainError('CONFLICT', 'Hier kan de app geen reservekopie terugzetten; er is niets gewijzigd.'),
    );
  },
};

/**
 * Puts a backup from the backup folder back as the database, on this computer's own file only. The
 * current file is kept aside first, as a backup of its own, so the restore can itself be undone.
 */
export async function restoreBackup(
  ctx: ServiceContext,
  input: { fileName: string },
  paths: DataPaths,
  restore: DatabaseRestore,
): Promise<BackupRestoredDto> {
  if (ctx.manager.connection.options.type === 'postgres') throw new DomainError('VALIDATION', SHARED_DATABASE);
  const backup = listBackups(paths.backupFolder).find((file) => file.fileName === input.fileName);
  if (!backup) throw fieldError('fileName', GONE);
  const staged = await stageCopy(backup.path, paths.databaseFile, pragmaOf(ctx.manager.connection));
  if (staged === 'damaged' || staged === 'newer') throw fieldError('fileName', staged === 'newer' ? NEWER : DAMAGED);
  const keepAs = backupPath(paths.backupFolder, 'voor-terugzetten', ctx.clock.now());
  // The swap closes the database, so it waits until this operation's transaction has ended.
  ctx.afterCommit(async () => {
    try {
      await restore.replaceWith(staged.staged, keepAs);
    } finally {
      fs.rmSync(staged.staged, { force: true });
    }
  });
  return { restored: backup.fileName, keptAs: path.basename(keepAs) };
}
