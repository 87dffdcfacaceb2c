import type { DataSource } from 'typeorm';
import { describePostgresSchema } from './schema-postgres';
import { describeSqliteSchema } from './schema-sqlite';

/**
 * A database's schema as the engine itself reports it, in one shape for every engine, so a test
 * can compare the migrated schema with the one TypeORM builds from the entities.
 */
export type SchemaDescription = Record<string, TableDescription>;

export interface TableDescription {
  /** Sorted by name: the order of columns in a table carries no meaning for the app. */
  columns: ColumnDescription[];
  indexes: IndexDescription[];
  foreignKeys: ForeignKeyDescription[];
  /** Expressions only, sorted: the migrations leave CHECK constraints unnamed. */
  checks: string[];
}

export interface ColumnDescription {
  name: string;
  type: string;
  notNull: boolean;
  default: string | null;
  /** 1-based position in the primary key, 0 when not part of it. */
  primaryKey: number;
  /** The key is drawn from a sequence that never hands out a number twice. */
  autoIncrement: boolean;
}

export interface IndexDescription {
  /** Null for the index behind a UNIQUE or PRIMARY KEY constraint, whose name the engine makes up. */
  name: string | null;
  origin: 'index' | 'unique' | 'primary key';
  unique: boolean;
  /** In key order; an expression shows as `<expression>`. */
  columns: string[];
  partial: boolean;
}

export interface ForeignKeyDescription {
  columns: string[];
  table: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
}

export async function describeSchema(dataSource: DataSource): Promise<SchemaDescription> {
  switch (dataSource.options.type) {
    case 'sqlite':
      return describeSqliteSchema(dataSource);
    case 'postgres':
      return describePostgresSchema(dataSource);
    default:
      throw new Error(`No schema description for ${dataSource.options.type}`);
  }
}
