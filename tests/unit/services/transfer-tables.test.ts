import sqlcipher from '@journeyapps/sqlcipher';
import { DataSource, EntitySchema } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../../electron/db/data-source';
import {
  columnKind,
  parentsFirst,
  tablesInCopyOrder,
  valueForPostgres,
  type CopiedTable,
} from '../../../electron/services/transfer/tables';

let dataSource: DataSource;
beforeAll(async () => {
  dataSource = createDataSource({ engine: 'sqlite', file: ':memory:' });
  await dataSource.initialize();
});
afterAll(() => dataSource.destroy());

describe('the order of the copy', () => {
  it('covers every table of the entities once, join tables included, and no bookkeeping', () => {
    const names = tablesInCopyOrder(dataSource).map((table) => table.name);
    expect(names.slice().sort()).toEqual([...new Set(dataSource.entityMetadatas.map((m) => m.tableName))].sort());
    expect(names).toContain('municipality_coordinator');
    expect(names).not.toContain('migrations');
  });

  it('puts every table after the tables its foreign keys point to', () => {
    const names = tablesInCopyOrder(dataSource).map((table) => table.name);
    const links = dataSource.entityMetadatas.flatMap((metadata) =>
      metadata.foreignKeys.map((key) => [metadata.tableName, key.referencedEntityMetadata.tableName]),
    );
    expect(links.length).toBeGreaterThan(30);
    for (const [table, referenced] of links)
      if (table !== referenced)
        expect(names.indexOf(referenced), `${table} -> ${referenced}`).toBeLessThan(names.indexOf(table));
  });

  it('knows the keys, the sequences and the references of a table onto itself', () => {
    const tables = new Map(tablesInCopyOrder(dataSource).map((table) => [table.name, table]));
    expect(tables.get('invoice')).toMatchObject({
      primaryKey: ['id'],
      generatedKey: 'id',
      selfReferences: [{ columns: ['creditedInvoiceId'], referencedColumns: ['id'] }],
    });
    expect(tables.get('app_settings')?.generatedKey).toBeNull();
    expect(tables.get('invoice_number_sequence')).toMatchObject({ primaryKey: ['year'], generatedKey: null });
    expect(tables.get('match_child')?.primaryKey).toEqual(['matchId', 'personId']);
    expect(tables.get('municipality')?.columns).toContainEqual({ name: 'active', kind: 'boolean' });
  });

  it('refuses tables whose foreign keys go round in a circle', async () => {
    const chicken = new EntitySchema({
      name: 'chicken',
      columns: { id: { type: 'integer', primary: true }, eggId: { type: 'integer', foreignKey: { target: 'egg' } } },
    });
    const egg = new EntitySchema({
      name: 'egg',
      columns: {
        id: { type: 'integer', primary: true },
        chickenId: { type: 'integer', foreignKey: { target: 'chicken' } },
      },
    });
    const circular = new DataSource({
      type: 'sqlite',
      driver: sqlcipher,
      database: ':memory:',
      entities: [chicken, egg],
    });
    await circular.initialize();
    try {
      expect(() => tablesInCopyOrder(circular)).toThrow('Foreign keys form a cycle between chicken, egg');
    } finally {
      await circular.destroy();
    }
  });
});

describe('values on their way to PostgreSQL', () => {
  const flag = { name: 'active', kind: 'boolean' } as const;
  const bytes = { name: 'content', kind: 'binary' } as const;

  it('reads the column kind from the entity type', () => {
    expect([columnKind({ type: 'boolean' }), columnKind({ type: Boolean })]).toEqual(['boolean', 'boolean']);
    expect([columnKind({ type: 'blob' }), columnKind({ type: 'bytea' })]).toEqual(['binary', 'binary']);
    expect([columnKind({ type: 'varchar' }), columnKind({ type: 'real' })]).toEqual(['plain', 'plain']);
  });

  it("turns SQLite's 0 and 1 into booleans and keeps bytes as a Buffer", () => {
    expect([0, 1, null].map((value) => valueForPostgres(flag, value))).toEqual([false, true, null]);
    expect(() => valueForPostgres(flag, 2)).toThrow('not a boolean');
    const pdf = Buffer.from('%PDF-1.4');
    expect(valueForPostgres(bytes, pdf)).toBe(pdf);
    expect(valueForPostgres(bytes, new Uint8Array([1, 2]))).toEqual(Buffer.from([1, 2]));
    expect(valueForPostgres({ name: 'name', kind: 'plain' }, 'Haarlem')).toBe('Haarlem');
  });
});

describe('rows that point into their own table', () => {
  const invoice: CopiedTable = {
    name: 'invoice',
    columns: [],
    primaryKey: ['id'],
    generatedKey: 'id',
    selfReferences: [{ columns: ['creditedInvoiceId'], referencedColumns: ['id'] }],
  };

  it('go after the row they point to, whatever their ids', () => {
    const rows = [
      { id: 1, creditedInvoiceId: 3 },
      { id: 2, creditedInvoiceId: null },
      { id: 3, creditedInvoiceId: null },
      { id: 4, creditedInvoiceId: 2 },
    ];
    expect(parentsFirst(invoice, rows).map((row) => row.id)).toEqual([2, 3, 4, 1]);
  });

  it('cannot be ordered when they point to each other', () => {
    expect(() =>
      parentsFirst(invoice, [
        { id: 1, creditedInvoiceId: 2 },
        { id: 2, creditedInvoiceId: 1 },
      ]),
    ).toThrow('refer to each other in a circle');
  });
});
