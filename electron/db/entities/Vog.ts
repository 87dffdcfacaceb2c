import { EntitySchema } from 'typeorm';
import type { VogStatus } from '../../../shared/domain/vog/status';
import { baseColumns, type BaseRecord } from './base';
import { storedFileReference } from './StoredFile';

/** The VOG of one volunteer adult: the current request or certificate; its history is kept beside. */
export interface Vog extends BaseRecord {
  personId: number;
  status: Exclude<VogStatus, 'nodig'>;
  requestedDate: string | null;
  requestReference: string | null;
  freeScheme: boolean;
  /** Date of issue of the last VOG received; a renewal request keeps it until the new one arrives. */
  issueDate: string | null;
  checkedBy: string | null;
  screeningProfile: string | null;
  decisionDate: string | null;
  notes: string | null;
  scanFileId: number | null;
  /** The day the volunteer agreed to a copy being kept: without it the register keeps no scan. */
  scanConsentDate: string | null;
}

export interface VogStatusChange {
  id: number;
  vogId: number;
  at: string;
  date: string;
  actor: string;
  fromStatus: VogStatus;
  toStatus: VogStatus;
  notes: string | null;
}

const text = (length: number) => ({ type: 'varchar' as const, length, nullable: true });

export const VogEntity = new EntitySchema<Vog>({
  name: 'vog',
  columns: {
    ...baseColumns,
    // One VOG record a person.
    personId: { type: 'integer', unique: true, foreignKey: { target: 'person', onDelete: 'CASCADE' } },
    status: { type: 'varchar', length: 20 },
    requestedDate: text(10),
    requestReference: text(50),
    freeScheme: { type: 'boolean', default: false },
    issueDate: text(10),
    checkedBy: text(100),
    screeningProfile: text(100),
    decisionDate: text(10),
    notes: { type: 'text', nullable: true },
    scanFileId: storedFileReference,
    scanConsentDate: text(10),
  },
  indices: [{ name: 'IDX_vog_status', columns: ['status', 'requestedDate'] }],
  checks: [
    {
      expression: `"status" IN ('aangevraagd', 'ontvangen', 'voornemen_weigering', 'geweigerd', 'verlopen_aanvraag')`,
    },
  ],
});

export const VogStatusChangeEntity = new EntitySchema<VogStatusChange>({
  name: 'vog_status_change',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    vogId: { type: 'integer', foreignKey: { target: 'vog', onDelete: 'CASCADE' } },
    at: { type: 'varchar', length: 30 },
    date: { type: 'varchar', length: 10 },
    actor: { type: 'varchar', length: 100 },
    fromStatus: { type: 'varchar', length: 20 },
    toStatus: { type: 'varchar', length: 20 },
    notes: { type: 'text', nullable: true },
  },
  indices: [{ name: 'IDX_vog_status_change_vog', columns: ['vogId'] }],
});
