import fs from 'node:fs';
import path from 'node:path';

/**
 * The data folder is this user's alone: the folder and its subfolders `0700`, every file in them
 * `0600`, also what an older version left readable to every account on the computer (`0644`).
 * Files made from now on get the same through the process's umask. Windows keeps its own ACLs.
 */
export function protectDataFolder(folder: string): void {
  if (process.platform === 'win32') return;
  process.umask(0o077);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  restrict(folder);
}

function restrict(folder: string): void {
  fs.chmodSync(folder, 0o700);
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) restrict(file);
    else if (entry.isFile()) fs.chmodSync(file, 0o600);
  }
}
