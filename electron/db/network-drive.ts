import fs from 'node:fs';
import path from 'node:path';

/** File systems that share a file between computers (Linux's statfs magic numbers). */
const NETWORK_FILE_SYSTEMS = new Set([0x517b, 0xfe534d42, 0xff534d42, 0x6969]);

/**
 * Whether a database file sits on a network drive, where SQLite's locking cannot keep colleagues'
 * writes apart and the file can be corrupted (sqlite.org): a Windows share (`\\server\share`) or a
 * mounted SMB/CIFS/NFS file system.
 */
export function isOnNetworkDrive(file: string): boolean {
  if (/^(\\\\|\/\/)[^\\/]/.test(file)) return true;
  try {
    return NETWORK_FILE_SYSTEMS.has(fs.statfsSync(path.dirname(file)).type);
  } catch {
    return false;
  }
}

export class NetworkDriveError extends Error {
  constructor() {
    super('The database file is on a network drive');
    this.name = 'NetworkDriveError';
  }
}
