import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHandlers } from '../../../electron/services/handlers';
import { recordingDesktop } from '../../../scripts/bridge/desktop';
import { changesOf, fileOpenedBy, readsOf, RECORD_KINDS, ROLES } from '../../../shared/api/access';
import { AUDIT_READERS, type AuditedEntity } from '../../../shared/api/audit';
import { contract, operationNames } from '../../../shared/api/contract';

const paths = { dataFolder: '/data', databaseFile: '/data/buurtgezinnen.sqlite', backupFolder: '/data/backups' };

describe('every operation declares who may use it and what it touches', () => {
  it.each(operationNames)('%s names at least one known role', (name) => {
    const { roles } = contract[name].access;
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(ROLES).toContain(role);
  });

  it.each(operationNames)('%s names only known record kinds', (name) => {
    const access = contract[name].access;
    const kinds = 'reads' in access ? access.reads : access.changes;
    for (const kind of kinds) expect(RECORD_KINDS).toContain(kind);
  });

  it('lets every role that may change a kind of record read its history', () => {
    const handlers = createHandlers(paths, recordingDesktop()) as Record<string, { audits?: AuditedEntity }>;
    for (const name of operationNames) {
      const audited = handlers[name]?.audits;
      if (!audited) continue;
      for (const role of contract[name].access.roles)
        expect({ name, role, readers: AUDIT_READERS[audited] }).toMatchObject({
          readers: expect.arrayContaining([role]) as unknown,
        });
    }
  });

  it('logs in the inzagelog every question that opens one file of a family by its id', () => {
    const opensOne = (name: (typeof operationNames)[number]) => {
      const input = contract[name].input as z.ZodType;
      const byIdOnly = input instanceof z.ZodObject && Object.keys(input.shape).join() === 'id';
      return byIdOnly && readsOf(contract[name].access).includes('family');
    };
    // A policy's list of insured families names them, but opens no family's file.
    const opening = operationNames.filter((name) => opensOne(name) && name !== 'policies.insuredList');
    expect(opening.length).toBeGreaterThanOrEqual(4);
    expect(opening.filter((name) => fileOpenedBy(contract[name].access) === null)).toEqual([]);
  });

  it('declares as changed the kind of record every audited command writes', () => {
    const handlers = createHandlers(paths, recordingDesktop()) as Record<string, { audits?: string }>;
    for (const name of operationNames) {
      const audited = handlers[name]?.audits;
      if (audited)
        expect({ name, changes: changesOf(contract[name].access) }).toMatchObject({
          name,
          changes: expect.arrayContaining([audited]) as unknown,
        });
    }
  });
});
