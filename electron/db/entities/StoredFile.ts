import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import type { Engine } from '../sql';

/**
 * A file a user attached (a signed contract, a VOG, a policy's conditions, an incident's letter),
 * kept in the database so that colleagues on a shared database and every backup have it too.
 * Files are never changed: a new scan is a new row, and the one it replaces is deleted.
 */
export interface StoredFile {
  id: number;
  content: Buffer;
  /** Known from the file's first bytes, not from its name. */
  mediaType: string;
  /** The name the file had on the user's computer. */
  fileName: string;
  sizeBytes: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
  createdAt: string;
}

/**
 * TypeORM has no binary column type that both drivers accept (`blob` is SQLite's only, `bytea`
 * PostgreSQL's only), so this one entity is made per engine; everything else about it is the same.
 * Services read and write its rows with `sql`, where a Buffer is bytes on both engines.
 */
function storedFileEntity(binary: 'blob' | 'bytea'): EntitySchema<StoredFile> {
  return new EntitySchema<StoredFile>({
    name: 'stored_file',
    columns: {
      id: { type: 'integer', primary: true, generated: 'increment' },
      content: { type: binary },
      mediaType: { type: 'varchar', length: 100 },
      fileName: { type: 'varchar', length: 200 },
      sizeBytes: { type: 'integer' },
      sha256: { type: 'varchar', length: 64 },
      createdAt: { type: 'varchar', length: 30 },
    },
  });
}

export const StoredFileEntity: Record<Engine, EntitySchema<StoredFile>> = {
  sqlite: storedFileEntity('blob'),
  postgres: storedFileEntity('bytea'),
};

/** A record's link to its file: empty when it has none, emptied when the file is deleted. */
export const storedFileReference: EntitySchemaColumnOptions = {
  type: 'integer',
  nullable: true,
  foreignKey: { target: 'stored_file', onDelete: 'SET NULL' },
};
