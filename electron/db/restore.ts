import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { removeAbandonedCopies } from './backup';
import { checkDatabaseFile, type CopyProblem } from './backup-check';
import { migrationsFor } from './data-source';
import { COMPANIONS, encryptInPlace, isPlainDatabase } from './encryption';
import { reopenDatabase } from './open';

/**
 * What the settings may ask of whoever holds the live SQLite database (the main process, the
 * bridge): to put a checked copy in its place. They pass one in, as they pass the desktop.
 */
export interface DatabaseRestore {
  /**
   * Replaces the live database by `staged`; asked after the operation's transaction ended (it holds
   * the connection until then, see `ServiceContext.afterCommit`): closes the database, moves the
   * live file to `keepAs`, the staged copy into its place, and opens it again, migrated when the copy
   * is older. When the copy will not open, the file from before comes back and this fails.
   */
  replaceWith(staged: string, keepAs: string): Promise<void>;
}

export interface DatabaseFiles {
  databaseFile: string;
  backupFolder: string;
}

interface Logger {
  info(message: string): void;
  error(message: string): void;
}

/** Numbers this process's staged copies, so a second restore asked before the first swapped cannot overwrite it. */
let staging = 0;

/**
 * Copies a backup beside the live file under a temporary name and checks the copy the way a new
 * backup is checked, so what replaces the database is exactly what was checked.
 */
export async function stageCopy(
  backupFile: string,
  databaseFile: string,
  pragma: string | null,
): Promise<{ staged: string } | CopyProblem> {
  const prefix = `${path.basename(databaseFile)}.terugzetten.`;
  removeAbandonedCopies(path.dirname(databaseFile), prefix);
  staging += 1;
  const staged = path.join(path.dirname(databaseFile), `${prefix}${staging}.${process.pid}.tmp`);
  fs.copyFileSync(backupFile, staged);
  const known = migrationsFor('sqlite').map((migration) => migration.name);
  let problem = await checkDatabaseFile(staged, known, pragma);
  // A backup from before the app encrypted comes back encrypted, as the file it replaces.
  if (!problem && pragma && isPlainDatabase(staged)) {
    await encryptInPlace(staged, pragma);
    problem = await checkDatabaseFile(staged, known, pragma);
  }
  if (!problem) return { staged };
  fs.rmSync(staged, { force: true });
  return problem;
}

/** The restore of the process that opened `dataSource`: it swaps the files of that same DataSource. */
export function ownedRestore(dataSource: DataSource, files: DatabaseFiles, log: Logger): DatabaseRestore {
  return {
    async replaceWith(staged, keepAs) {
      try {
        await swap(dataSource, files, staged, keepAs);
        log.info(`restored a backup; the database before it is kept as ${path.basename(keepAs)}`);
      } catch (error) {
        // The error's kind only: its message may name the user's folders.
        const { name, code } = error as Error & { code?: string };
        log.error(`restoring a backup failed: ${name} ${code ?? ''}`.trim());
        throw error;
      }
    },
  };
}

async function swap(dataSource: DataSource, files: DatabaseFiles, staged: string, keepAs: string): Promise<void> {
  const live = files.databaseFile;
  const reopen = () => reopenDatabase(dataSource, { backupFolder: files.backupFolder });
  await dataSource.destroy();
  try {
    moveDatabaseFile(live, keepAs);
    try {
      fs.renameSync(staged, live);
      await reopen();
    } catch (error) {
      for (const suffix of COMPANIONS) fs.rmSync(live + suffix, { force: true });
      moveDatabaseFile(keepAs, live);
      throw error;
    }
  } catch (error) {
    if (!dataSource.isInitialized) await reopen();
    throw error;
  } finally {
    fs.rmSync(staged, { force: true });
  }
}

function moveDatabaseFile(from: string, to: string): void {
  for (const suffix of COMPANIONS) if (fs.existsSync(from + suffix)) fs.renameSync(from + suffix, to + suffix);
}
