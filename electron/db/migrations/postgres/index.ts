import { Baseline1795500000000 } from './1795500000000-Baseline';
import { CreateStoredFiles1795500000001 } from './1795500000001-CreateStoredFiles';
import { AddFileReferences1795500000002 } from './1795500000002-AddFileReferences';
import { DropFileNameColumns1795500000003 } from './1795500000003-DropFileNameColumns';

/** PostgreSQL's migrations in order of application, from the baseline that equals SQLite's schema. */
export const postgresMigrations = [
  Baseline1795500000000,
  CreateStoredFiles1795500000001,
  AddFileReferences1795500000002,
  DropFileNameColumns1795500000003,
];
