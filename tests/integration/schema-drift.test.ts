import sqlcipher from '@journeyapps/sqlcipher';
import { DataSource, DefaultNamingStrategy } from 'typeorm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { postgresFromUrl } from '../../electron/db/connection';
import { entitiesFor } from '../../electron/db/entities';
import { openTestDatabase, TEST_ENGINE, type TestDatabase } from '../support/database';
import { createPostgresDatabase, dropPostgresDatabase } from '../support/postgres';
import { describeSchema, type IndexDescription, type SchemaDescription } from '../support/schema';

/**
 * On each engine the entities must describe exactly what its migrations create: PostgreSQL's
 * baseline was generated from them, and every later change is a migration per engine. One database
 * comes from the migrations, one from the entities alone.
 */
let migrated: TestDatabase;
let fromEntities: DataSource;
let entityDatabase: string | undefined;
let migratedSchema: SchemaDescription;
let entitySchema: SchemaDescription;

async function databaseFromEntities(): Promise<DataSource> {
  const entities = entitiesFor(TEST_ENGINE);
  if (TEST_ENGINE === 'sqlite')
    return new DataSource({ type: 'sqlite', driver: sqlcipher, database: ':memory:', entities, synchronize: true });
  entityDatabase = await createPostgresDatabase();
  const { host, port, user, password } = postgresFromUrl(process.env.BG_TEST_PG_URL!);
  return new DataSource({
    type: 'postgres',
    host,
    port,
    username: user,
    password,
    database: entityDatabase,
    entities,
    synchronize: true,
  });
}

beforeAll(async () => {
  migrated = await openTestDatabase();
  fromEntities = await databaseFromEntities();
  await fromEntities.initialize();
  migratedSchema = await describeSchema(migrated.dataSource);
  entitySchema = await describeSchema(fromEntities);
});
afterAll(async () => {
  await fromEntities?.destroy();
  if (entityDatabase) await dropPostgresDatabase(entityDatabase);
  await migrated?.close();
});

const index = (name: string, columns: string[], unique = false): IndexDescription => ({
  name,
  origin: 'index',
  unique,
  columns,
  partial: false,
});
const joinTableIndex = (column: string) =>
  index(new DefaultNamingStrategy().indexName('municipality_coordinator', [column]), [column]);

/** What the entities cannot express (see Municipality.ts), each listed where it must be found. */
const MIGRATIONS_ONLY: Record<string, IndexDescription[]> = {
  // An entity's index lists columns; this one is on the expression lower("name").
  municipality: [index('UQ_municipality_name', ['<expression>'], true)],
  // SQLite's many-to-many join table was written by hand; PostgreSQL's baseline has TypeORM's.
  ...(TEST_ENGINE === 'sqlite' && {
    municipality_coordinator: [index('IDX_municipality_coordinator_coordinator', ['coordinatorId'])],
  }),
};
/**
 * Tables no entity can describe: the search's row of names per family, kept by triggers on people
 * (SQLite's 1795400000024, PostgreSQL's 1795500000017): on SQLite an FTS5 virtual table with the
 * tables FTS5 keeps its index in, on PostgreSQL a table with pg_trgm's index on an operator class;
 * and SQLite's marker an import holds while it writes those rows itself (1795400000028).
 */
const MIGRATIONS_ONLY_TABLES =
  TEST_ENGINE === 'sqlite'
    ? [
        'family_search',
        ...['config', 'content', 'data', 'docsize', 'idx', 'deferred'].map((part) => `family_search_${part}`),
      ]
    : ['family_search'];
const ENTITIES_ONLY: Record<string, IndexDescription[]> =
  TEST_ENGINE === 'sqlite'
    ? { municipality_coordinator: [joinTableIndex('municipalityId'), joinTableIndex('coordinatorId')] }
    : {};

/** A few facts of the shipped schema in the engine's own spelling, so empty descriptions cannot pass. */
const FACTS = {
  sqlite: { idType: 'integer', statusCheck: `("status" = 'final') = ("number" IS NOT NULL)`, emptyText: "''" },
  postgres: {
    idType: 'integer',
    statusCheck: `CHECK ((((status)::text = 'final'::text) = (number IS NOT NULL)))`,
    emptyText: "''::character varying",
  },
}[TEST_ENGINE];

function withoutIndexes(schema: SchemaDescription, known: Record<string, IndexDescription[]>): SchemaDescription {
  const copy = structuredClone(schema);
  for (const table of MIGRATIONS_ONLY_TABLES) delete copy[table];
  for (const [table, indexes] of Object.entries(known)) {
    const wanted = new Set(indexes.map((item) => JSON.stringify(item)));
    copy[table].indexes = copy[table].indexes.filter((item) => !wanted.has(JSON.stringify(item)));
  }
  return copy;
}

it('reads columns, keys, indexes and checks from the database itself', () => {
  const invoice = migratedSchema.invoice;
  expect(invoice.columns.find((column) => column.name === 'id')).toEqual({
    name: 'id',
    type: FACTS.idType,
    notNull: true,
    default: null,
    primaryKey: 1,
    autoIncrement: true,
  });
  expect(invoice.foreignKeys).toContainEqual({
    columns: ['instalmentId'],
    table: 'contract_instalment',
    referencedColumns: ['id'],
    onDelete: 'SET NULL',
    onUpdate: 'NO ACTION',
  });
  expect(invoice.indexes).toContainEqual({
    name: null,
    origin: 'unique',
    unique: true,
    columns: ['number'],
    partial: false,
  });
  expect(invoice.checks).toContain(FACTS.statusCheck);
  expect(migratedSchema.match_child.columns.map((column) => column.primaryKey)).toEqual([1, 2]);
  expect(migratedSchema.municipality.columns.find((column) => column.name === 'postcodeRanges')?.default).toBe(
    FACTS.emptyText,
  );
  expect(Object.keys(migratedSchema)).not.toContain('migrations');
});

it('has beside the entities only what they cannot express', () => {
  for (const table of MIGRATIONS_ONLY_TABLES) expect(Object.keys(migratedSchema)).toContain(table);
  for (const [table, indexes] of Object.entries(MIGRATIONS_ONLY)) {
    for (const item of indexes) expect(migratedSchema[table].indexes).toContainEqual(item);
  }
  for (const [table, indexes] of Object.entries(ENTITIES_ONLY)) {
    for (const item of indexes) expect(entitySchema[table].indexes).toContainEqual(item);
  }
});

it('builds from the entities the schema the migrations create', () => {
  const expected = withoutIndexes(migratedSchema, MIGRATIONS_ONLY);
  const actual = withoutIndexes(entitySchema, ENTITIES_ONLY);
  expect.soft(Object.keys(actual)).toEqual(Object.keys(expected));
  // Table by table, so a failure names the table and shows every table that differs.
  for (const table of Object.keys(expected)) expect.soft(actual[table], table).toEqual(expected[table]);
});
