import { Baseline1795500000000 } from './1795500000000-Baseline';

/** PostgreSQL's migrations in order of application, from the baseline that equals SQLite's schema. */
export const postgresMigrations = [Baseline1795500000000];
