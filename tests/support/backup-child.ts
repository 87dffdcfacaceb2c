import { ensureDailyBackup } from '../../electron/db/backup';
import { openDatabase } from '../../electron/db/open';

/**
 * `tsx tests/support/backup-child.ts <file> <backup folder> <now>`: makes the daily backup as the
 * app does, in a process of its own that a test can kill halfway (a crash, a power cut).
 */
async function main() {
  const [file, backupFolder, now] = process.argv.slice(2);
  const dataSource = await openDatabase({ engine: 'sqlite', file }, { backupFolder });
  console.log('BACKUP_STARTING');
  await ensureDailyBackup(dataSource, backupFolder, new Date(now));
  await dataSource.destroy();
  console.log('BACKUP_DONE');
}

void main();
