import { EntitySchema } from 'typeorm';

/** A document kept with an insurance incident: the name it was attached under and the stored file. */
export interface IncidentDocument {
  id: number;
  incidentId: number;
  fileName: string;
  file: string;
  createdAt: string;
}

export const IncidentDocumentEntity = new EntitySchema<IncidentDocument>({
  name: 'insurance_incident_document',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    incidentId: { type: 'integer', foreignKey: { target: 'insurance_incident', onDelete: 'CASCADE' } },
    fileName: { type: 'varchar', length: 200 },
    file: { type: 'varchar', length: 200 },
    createdAt: { type: 'varchar', length: 30 },
  },
});
