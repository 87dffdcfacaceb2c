import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { checkDatabaseFile, looksComplete } from './backup-check';
import { pragmaOf } from './encryption';

export const BACKUPS_KEPT = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'buurtgezinnen-';

export interface BackupFile {
  fileName: string;
  path: string;
  createdAt: Date;
  sizeBytes: number;
}

/**
 * A consistent copy of the open database (`VACUUM INTO`), then the oldest beyond ten removed. The
 * copy is written under a temporary name and gets its own only once it passed the full check, so a
 * crash or a full disk halfway leaves no file that looks like a backup.
 */
export async function backupDatabase(dataSource: DataSource, folder: string, reason: string, now = new Date()) {
  fs.mkdirSync(folder, { recursive: true });
  removeAbandonedCopies(folder);
  const target = backupPath(folder, reason, now);
  const temporary = temporaryNameFor(target);
  try {
    await dataSource.query('VACUUM INTO ?', [temporary]);
    const known = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
    // VACUUM INTO writes the copy encrypted with the database's own key.
    const problem = await checkDatabaseFile(temporary, known, pragmaOf(dataSource));
    if (problem) throw new Error(`The new backup failed its check (${problem})`);
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  pruneBackups(folder);
  return describe(target);
}

/** A backup's file, named by the app's clock and why it was made (`dagelijks`, `voor-migratie`). */
export function backupPath(folder: string, reason: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join(folder, `${PREFIX}${stamp}-${reason}.sqlite`);
}

/** The backups that pass the cheap check, newest first; copies still being written are not among them. */
export function listBackups(folder: string): BackupFile[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.startsWith(PREFIX) && name.endsWith('.sqlite'))
    .map((name) => path.join(folder, name))
    .filter(looksComplete)
    .map(describe)
    .sort((a, b) => b.fileName.localeCompare(a.fileName));
}

/**
 * Where a copy is written before it may be trusted: beside its final name, with the writing process's
 * id, so a later start can tell a copy its crashed predecessor left from one still being written.
 */
export function temporaryNameFor(file: string): string {
  return `${file}.${process.pid}.tmp`;
}

/** Removes the temporary copies (named `prefix…`) of processes that no longer run (a crash, a power cut). */
export function removeAbandonedCopies(folder: string, prefix = PREFIX): void {
  if (!fs.existsSync(folder)) return;
  for (const name of fs.readdirSync(folder)) {
    const writer = /\.(\d+)\.tmp$/.exec(name);
    if (name.startsWith(prefix) && writer && !isRunning(Number(writer[1]))) {
      fs.rmSync(path.join(folder, name), { force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** The daily copy: made when the newest backup is older than a day. */
export async function ensureDailyBackup(dataSource: DataSource, folder: string, now = new Date()) {
  const newest = listBackups(folder)[0];
  if (newest && now.getTime() - newest.createdAt.getTime() < DAY_MS) return null;
  return backupDatabase(dataSource, folder, 'dagelijks', now);
}

function pruneBackups(folder: string) {
  for (const old of listBackups(folder).slice(BACKUPS_KEPT)) fs.rmSync(old.path);
}

function describe(file: string): BackupFile {
  const stat = fs.statSync(file);
  const fileName = path.basename(file);
  return { fileName, path: file, createdAt: stampOf(fileName) ?? stat.mtime, sizeBytes: stat.size };
}

/**
 * When the app made the copy, by the app's clock as written in its name
 * (`buurtgezinnen-2026-11-29T09-30-00-000Z-dagelijks.sqlite`); the file system's time may disagree.
 */
function stampOf(fileName: string): Date | null {
  const match = /^buurtgezinnen-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-/.exec(fileName);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis] = match;
  return new Date(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`);
}
