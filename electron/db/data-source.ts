import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations as allMigrations } from './migrations';

export type MigrationClass = (typeof allMigrations)[number];

/** One SQLite file, explicit entity and migration lists, never `synchronize`. */
export function createDataSource(file: string, migrations: MigrationClass[] = allMigrations): DataSource {
  return new DataSource({
    type: 'sqlite',
    database: file,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    enableWAL: true,
    busyTimeout: 5000,
    logging: false,
  });
}
