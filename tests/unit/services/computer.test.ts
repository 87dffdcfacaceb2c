import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import {
  readSavedConnection,
  readWindowPlace,
  writeSavedConnection,
  writeWindowPlace,
} from '../../../electron/services/settings/computer';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-computer-'));
afterEach(() => fs.rmSync(path.join(folder, 'deze-computer.json'), { force: true }));

it('keeps this computer’s database and window place side by side, readable by this user only', () => {
  expect(readSavedConnection(folder)).toEqual({ engine: 'sqlite' });
  expect(readWindowPlace(folder)).toBeNull();
  writeWindowPlace(folder, { x: 10, y: 20, width: 1300, height: 800, maximized: false });
  writeSavedConnection(folder, { engine: 'sqlite' });
  expect(readWindowPlace(folder)).toEqual({ x: 10, y: 20, width: 1300, height: 800, maximized: false });
  expect(fs.statSync(path.join(folder, 'deze-computer.json')).mode & 0o777).toBe(0o600);
});

it('starts on this computer’s own file when the settings file is unreadable', () => {
  fs.writeFileSync(path.join(folder, 'deze-computer.json'), '{ half a file');
  expect(readSavedConnection(folder)).toEqual({ engine: 'sqlite' });
});
