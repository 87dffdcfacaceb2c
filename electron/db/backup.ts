import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';

export const BACKUPS_KEPT = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'buurtgezinnen-';

export interface BackupFile {
  fileName: string;
  path: string;
  createdAt: Date;
  sizeBytes: number;
}

/** A consistent copy of the open database (`VACUUM INTO`), then the oldest beyond ten removed. */
export async function backupDatabase(dataSource: DataSource, folder: string, reason: string, now = new Date()) {
  fs.mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(folder, `${PREFIX}${stamp}-${reason}.sqlite`);
  await dataSource.query('VACUUM INTO ?', [target]);
  pruneBackups(folder);
  return describe(target);
}

export function listBackups(folder: string): BackupFile[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.startsWith(PREFIX) && name.endsWith('.sqlite'))
    .map((name) => describe(path.join(folder, name)))
    .sort((a, b) => b.fileName.localeCompare(a.fileName));
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
