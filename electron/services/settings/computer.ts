import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseConnection, PostgresConnection } from '../../db/connection';
import type { Keychain } from '../desktop';
import { databaseKey } from './database-key';

/**
 * What belongs to one computer rather than to the team: which database it works in and where its
 * window stands (a list's last filters stay in the page's own storage). Kept beside the app's data,
 * never in the shared database; a password only encrypted by the operating system's keychain, and
 * only when the colleague asked for it.
 */
export type SavedConnection =
  { engine: 'sqlite' } | (Omit<PostgresConnection, 'password'> & { protectedPassword: string | null });

export interface WindowPlace {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

interface ComputerSettings {
  connection?: SavedConnection;
  window?: WindowPlace;
}

const FILE = 'deze-computer.json';

function readComputerSettings(dataFolder: string): ComputerSettings {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataFolder, FILE), 'utf8')) as ComputerSettings;
  } catch {
    return {};
  }
}

/** Written whole to a temporary name first, so a crash never leaves half a file; readable by this user only. */
function updateComputerSettings(dataFolder: string, change: ComputerSettings): void {
  fs.mkdirSync(dataFolder, { recursive: true });
  const target = path.join(dataFolder, FILE);
  const temporary = `${target}.tmp`;
  const settings = { ...readComputerSettings(dataFolder), ...change };
  fs.writeFileSync(temporary, JSON.stringify(settings, null, 2), { mode: 0o600 });
  fs.renameSync(temporary, target);
}

export function readSavedConnection(dataFolder: string): SavedConnection {
  return readComputerSettings(dataFolder).connection ?? { engine: 'sqlite' };
}

export function writeSavedConnection(dataFolder: string, connection: SavedConnection): void {
  updateComputerSettings(dataFolder, { connection });
}

export function readWindowPlace(dataFolder: string): WindowPlace | null {
  return readComputerSettings(dataFolder).window ?? null;
}

export function writeWindowPlace(dataFolder: string, window: WindowPlace): void {
  updateComputerSettings(dataFolder, { window });
}

export class MissingPasswordError extends Error {
  constructor() {
    super('No password remembered for the shared database');
    this.name = 'MissingPasswordError';
  }
}

/** The connection to open at start: this computer's own file unless the shared database was chosen. */
export function startupConnection(
  dataFolder: string,
  databaseFile: string,
  keychain: Keychain | null,
): DatabaseConnection {
  const saved = readSavedConnection(dataFolder);
  if (saved.engine === 'sqlite')
    return { engine: 'sqlite', file: databaseFile, key: databaseKey(dataFolder, keychain) };
  if (!saved.protectedPassword || !keychain) throw new MissingPasswordError();
  const { protectedPassword, ...connection } = saved;
  return { ...connection, password: keychain.decrypt(Buffer.from(protectedPassword, 'base64')) };
}

/**
 * After a colleague signed in: this computer remembers who (to fill in next time) and, only when
 * asked and a keychain exists, the password encrypted by it; signing out forgets the password.
 */
export function rememberSignIn(
  dataFolder: string,
  connection: PostgresConnection,
  keepPassword: boolean,
  keychain: Keychain | null,
): void {
  const { password, ...rest } = connection;
  const protectedPassword = keepPassword && keychain ? keychain.encrypt(password).toString('base64') : null;
  writeSavedConnection(dataFolder, { ...rest, protectedPassword });
}

/** The shared database this computer signs in to, without a password; none when it works in its own file. */
export function signInTarget(dataFolder: string): Omit<PostgresConnection, 'password'> | null {
  const saved = readSavedConnection(dataFolder);
  if (saved.engine === 'sqlite') return null;
  const { protectedPassword: _protected, ...target } = saved;
  return target;
}
