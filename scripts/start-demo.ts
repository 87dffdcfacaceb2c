import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** `npm run start:demo`: the app on the demo database (made first when missing), on any system. */
const folder = path.resolve('demo');
const run = (args: string[], env = process.env) =>
  spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32', env }).status ?? 1;

if (!fs.existsSync(path.join(folder, 'buurtgezinnen.sqlite')) && run(['run', 'seed:demo']) !== 0) process.exit(1);
process.exit(run(['start'], { ...process.env, BUURTGEZINNEN_DATA_DIR: folder }));
