import { EntitySchema } from 'typeorm';
import { storedFileReference } from './StoredFile';

/**
 * A document kept with an insurance incident: the name it was attached under and the stored file
 * (empty when the file was gone from the data folder when attachments moved into the database).
 */
export interface IncidentDocument {
  id: number;
  incidentId: number;
  fileName: string;
  fileId: number | null;
  createdAt: string;
}

export const IncidentDocumentEntity = new EntitySchema<IncidentDocument>({
  name: 'insurance_incident_document',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    incidentId: { type: 'integer', foreignKey: { target: 'insurance_incident', onDelete: 'CASCADE' } },
    fileName: { type: 'varchar', length: 200 },
    fileId: storedFileReference,
    createdAt: { type: 'varchar', length: 30 },
  },
});
