import { EntitySchema } from 'typeorm';

/**
 * That someone opened a family's file (the "inzagelog"): who, when, which file, through which
 * operation; never what it holds. Only added to.
 */
export interface AccessLog {
  id: number;
  at: string;
  actor: string;
  operation: string;
  entityType: string;
  entityId: number;
}

export const AccessLogEntity = new EntitySchema<AccessLog>({
  name: 'access_log',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    at: { type: 'varchar', length: 30 },
    actor: { type: 'varchar', length: 100 },
    operation: { type: 'varchar', length: 80 },
    entityType: { type: 'varchar', length: 40 },
    entityId: { type: 'integer' },
  },
  indices: [
    { name: 'IDX_access_log_record', columns: ['entityType', 'entityId'] },
    { name: 'IDX_access_log_at', columns: ['at'] },
  ],
});
