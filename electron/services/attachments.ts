import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { ATTACHMENT_TOO_LARGE, MAX_ATTACHMENT_BYTES } from '../../shared/api/matches';
import { execute, inList, select, selectOne, sql } from '../db/sql';
import { timestamp } from './clock';
import type { ServiceContext } from './context';
import type { Desktop } from './desktop';
import { DomainError, fieldError } from './errors';
import type { DataPaths } from './settings/system';

/**
 * Files the user attaches (a signed contract, a VOG, a policy's conditions, an incident's letter)
 * live in the database, in `stored_file`, so that colleagues on a shared database see them and
 * backups hold them. What a file is, is read from its first bytes; its name only has to fit.
 */
const FORMATS = [
  { mediaType: 'application/pdf', extension: '.pdf', magic: Buffer.from('%PDF-', 'latin1') },
  { mediaType: 'image/png', extension: '.png', magic: Buffer.from('89504e470d0a1a0a', 'hex') },
  { mediaType: 'image/jpeg', extension: '.jpg', magic: Buffer.from('ffd8ff', 'hex') },
];

const KINDS = {
  scan: {
    mediaTypes: ['application/pdf', 'image/png', 'image/jpeg'],
    extensions: ['.pdf', '.png', '.jpg', '.jpeg'],
    notThisKind: 'Dit bestand is geen PDF of foto (PDF, PNG of JPEG).',
    wrongName: 'Kies een scan als PDF-, JPG- of PNG-bestand.',
  },
  pdf: {
    mediaTypes: ['application/pdf'],
    extensions: ['.pdf'],
    notThisKind: 'Dit bestand is geen PDF.',
    wrongName: 'Kies een PDF-bestand.',
  },
};
export type AttachmentKind = keyof typeof KINDS;

/** A file as the page sends it: the user's name for it and its bytes in base64. */
export interface PickedFile {
  fileName: string;
  content: string;
}

/**
 * Checks the picked file and stores it, deleting the file it replaces (if any) in the same
 * transaction; answers the new file's id for the record to point at. Refusals name the field.
 */
export async function storeAttachment(
  ctx: ServiceContext,
  picked: PickedFile,
  kind: AttachmentKind,
  replaces: number | null = null,
): Promise<number> {
  const { content, mediaType } = checkAttachment(picked, kind);
  const [stored] = await select<{ id: number }>(
    ctx.manager,
    sql`INSERT INTO "stored_file" ("content", "mediaType", "fileName", "sizeBytes", "sha256", "createdAt")
    VALUES (${content}, ${mediaType}, ${picked.fileName.slice(0, 200)}, ${content.length},
      ${createHash('sha256').update(content).digest('hex')}, ${timestamp(ctx.clock)})
    RETURNING "id"`,
  );
  await deleteStoredFiles(ctx.manager, [replaces]);
  return stored.id;
}

function checkAttachment(picked: PickedFile, kind: AttachmentKind): { content: Buffer; mediaType: string } {
  const rules = KINDS[kind];
  const content = Buffer.from(picked.content, 'base64');
  if (content.length === 0) throw fieldError('fileName', 'Dit bestand is leeg. Kies een ander bestand.');
  if (content.length > MAX_ATTACHMENT_BYTES) throw fieldError('fileName', ATTACHMENT_TOO_LARGE);
  const format = FORMATS.find(({ magic }) => content.subarray(0, magic.length).equals(magic));
  if (!format || !rules.mediaTypes.includes(format.mediaType)) throw fieldError('fileName', rules.notThisKind);
  if (!rules.extensions.includes(path.extname(picked.fileName).toLowerCase()))
    throw fieldError('fileName', rules.wrongName);
  return { content, mediaType: format.mediaType };
}

/**
 * Deletes stored files whose record is replacing or losing them; the key on the record only
 * empties the pointer when the file goes, so a record that goes itself must take its file along.
 */
export async function deleteStoredFiles(manager: EntityManager, ids: readonly (number | null)[]): Promise<void> {
  const present = ids.filter((id): id is number => id !== null);
  if (present.length > 0) await execute(manager, sql`DELETE FROM "stored_file" WHERE "id" ${inList(present)}`);
}

/**
 * Opens a stored file with the system's viewer, which needs a file on disk: a copy is written to
 * the data folder's `tmp/`. Copies of earlier openings are removed once a viewer is surely done.
 */
export async function openAttachment(
  manager: EntityManager,
  id: number | null,
  paths: DataPaths,
  desktop: Desktop,
): Promise<void> {
  const file =
    id === null
      ? undefined
      : await selectOne<{ content: Buffer; mediaType: string; fileName: string }>(
          manager,
          sql`SELECT "content", "mediaType", "fileName" FROM "stored_file" WHERE "id" = ${id}`,
        );
  if (!file) throw new DomainError('NOT_FOUND', 'Dit bestand is er niet (meer). Voeg het opnieuw toe.');
  const folder = path.join(paths.dataFolder, 'tmp');
  fs.mkdirSync(folder, { recursive: true });
  removeOldCopies(folder);
  const copy = path.join(folder, `${COPY_PREFIX}${id}-${randomBytes(4).toString('hex')}${extensionOf(file)}`);
  fs.writeFileSync(copy, file.content);
  try {
    await desktop.openFile(copy);
  } catch {
    throw new DomainError(
      'INTERNAL',
      'De computer kon dit bestand niet openen. Is er een programma voor PDF- of fotobestanden?',
    );
  }
}

const COPY_PREFIX = 'bijlage-';
const COPY_KEPT_MS = 24 * 60 * 60 * 1000;

/** Measured on the file system's own clock, the one that dated the copies. */
function removeOldCopies(folder: string): void {
  for (const name of fs.readdirSync(folder).filter((entry) => entry.startsWith(COPY_PREFIX))) {
    const copy = path.join(folder, name);
    const written = fs.statSync(copy, { throwIfNoEntry: false })?.mtimeMs;
    if (written !== undefined && Date.now() - written > COPY_KEPT_MS) fs.rmSync(copy, { force: true });
  }
}

/** The viewer goes by the extension: the format's own, else (a file moved in from `scans/`) the name's. */
function extensionOf(file: { mediaType: string; fileName: string }): string {
  const format = FORMATS.find(({ mediaType }) => mediaType === file.mediaType);
  if (format) return format.extension;
  const extension = path.extname(file.fileName).toLowerCase();
  return /^\.[a-z0-9]{1,5}$/.test(extension) ? extension : '';
}
