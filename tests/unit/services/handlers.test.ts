import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/handlers';
import { recordingDesktop } from '../../../scripts/bridge/desktop';
import { SESSION_GATE_OPERATIONS } from '../../../shared/api/accounts';
import { operationNames } from '../../../shared/api/contract';
import { combineAreas } from '../../../shared/api/operation';

const paths = { dataFolder: '/data', databaseFile: '/data/buurtgezinnen.sqlite', backupFolder: '/data/backups' };

describe('one handler per operation', () => {
  it('refuses a second entry under a name an earlier area declared', () => {
    expect(() => combineAreas({ 'vog.list': 1, 'vog.get': 2 }, { 'vog.list': 3 })).toThrow('vog.list');
  });

  it('has exactly one handler for every operation of the contract but signing in and out', () => {
    const handlers = createHandlers(paths, recordingDesktop());
    const handled = operationNames.filter((name) => !(SESSION_GATE_OPERATIONS as readonly string[]).includes(name));
    expect(Object.keys(handlers).sort()).toEqual(handled.sort());
    expect(new Set(operationNames).size).toBe(operationNames.length);
  });
});
