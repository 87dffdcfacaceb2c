import { EntitySchema } from 'typeorm';
import type { Channel, ReferrerType } from '../../../shared/api/registrations';
import type { FamilyKind } from '../../../shared/domain/families';
import type { RegistrationStatus } from '../../../shared/domain/registrations/status';
import { baseColumns, type BaseRecord } from './base';
import type { Coordinator } from './Coordinator';
import type { Family } from './Family';
import type { Municipality } from './Municipality';

export interface Registration extends BaseRecord {
  familyId: number;
  family?: Family;
  /** A copy of the family's kind, which never changes, for the queue's filter. */
  familyKind: FamilyKind;
  municipalityId: number | null;
  municipality?: Municipality | null;
  coordinatorId: number | null;
  coordinator?: Coordinator | null;
  receivedDate: string;
  channel: Channel;
  referrerOrganisation: string | null;
  referrerType: ReferrerType | null;
  referrerContact: string | null;
  question: string | null;
  status: RegistrationStatus;
  referredTo: string | null;
  handedOverDate: string | null;
  duplicateSuspected: boolean;
  importKey: string | null;
  importBatchId: number | null;
}

export interface RegistrationStatusChange {
  id: number;
  registrationId: number;
  at: string;
  actor: string;
  fromStatus: RegistrationStatus | null;
  toStatus: RegistrationStatus;
  reason: string | null;
}

export const RegistrationEntity = new EntitySchema<Registration>({
  name: 'registration',
  columns: {
    ...baseColumns,
    familyId: { type: 'integer' },
    familyKind: { type: 'varchar', length: 5, default: 'vraag' },
    municipalityId: { type: 'integer', nullable: true },
    coordinatorId: { type: 'integer', nullable: true },
    receivedDate: { type: 'varchar', length: 10 },
    channel: { type: 'varchar', length: 10 },
    referrerOrganisation: { type: 'varchar', length: 120, nullable: true },
    referrerType: { type: 'varchar', length: 20, nullable: true },
    referrerContact: { type: 'varchar', length: 120, nullable: true },
    question: { type: 'text', nullable: true },
    status: { type: 'varchar', length: 20 },
    referredTo: { type: 'varchar', length: 120, nullable: true },
    handedOverDate: { type: 'varchar', length: 10, nullable: true },
    duplicateSuspected: { type: 'boolean', default: false },
    importKey: { type: 'varchar', length: 64, nullable: true },
    importBatchId: { type: 'integer', nullable: true, foreignKey: { target: 'import_batch' } },
  },
  relations: {
    family: { type: 'many-to-one', target: 'family', joinColumn: { name: 'familyId' } },
    municipality: {
      type: 'many-to-one',
      target: 'municipality',
      joinColumn: { name: 'municipalityId' },
      nullable: true,
    },
    coordinator: { type: 'many-to-one', target: 'coordinator', joinColumn: { name: 'coordinatorId' }, nullable: true },
  },
  indices: [
    { name: 'IDX_registration_queue', columns: ['status', 'receivedDate', 'id', 'familyId'] },
    { name: 'IDX_registration_received', columns: ['receivedDate', 'id'] },
    { name: 'IDX_registration_municipality', columns: ['municipalityId', 'status'] },
    { name: 'IDX_registration_family_queue', columns: ['familyId', 'status', 'receivedDate', 'id'] },
    { name: 'UQ_registration_import_key', columns: ['importKey'], unique: true },
    { name: 'IDX_registration_kind', columns: ['familyKind', 'receivedDate', 'id'] },
    {
      name: 'IDX_registration_filters',
      columns: ['familyKind', 'channel', 'status', 'municipalityId', 'receivedDate', 'id'],
    },
  ],
  checks: [{ expression: `"channel" IN ('zelf', 'verwijzer')` }],
});

export const RegistrationStatusChangeEntity = new EntitySchema<RegistrationStatusChange>({
  name: 'registration_status_change',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    registrationId: { type: 'integer', foreignKey: { target: 'registration', onDelete: 'CASCADE' } },
    at: { type: 'varchar', length: 30 },
    actor: { type: 'varchar', length: 100 },
    fromStatus: { type: 'varchar', length: 20, nullable: true },
    toStatus: { type: 'varchar', length: 20 },
    reason: { type: 'text', nullable: true },
  },
  indices: [{ name: 'IDX_registration_status_change_registration', columns: ['registrationId'] }],
});

/** One file imported at once; its registrations point back to it. */
export interface ImportBatch extends BaseRecord {
  fileName: string;
  importedRows: number;
  skippedRows: number;
}

export const ImportBatchEntity = new EntitySchema<ImportBatch>({
  name: 'import_batch',
  columns: {
    ...baseColumns,
    fileName: { type: 'varchar', length: 255 },
    importedRows: { type: 'integer' },
    skippedRows: { type: 'integer' },
  },
});
