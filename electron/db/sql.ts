import type { EntityManager, QueryResult } from 'typeorm';

/**
 * The one way to write a query by hand: a tagged template that keeps values apart from the text.
 * Identifiers are written quoted (`"familyId"`), values are interpolated (`${id}`) and become the
 * engine's placeholders when the statement runs (`?` on SQLite, `$1` on PostgreSQL), so the same
 * statement works on both engines.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql(strings, values);
}

/** A fixed piece of SQL text that holds no value (a computed column list, a direction). */
export function raw(text: string): Sql {
  return new Sql([text], []);
}

/** A piece each engine writes its own way, where their features differ (full-text search). */
class EngineSql {
  constructor(readonly byEngine: Readonly<Record<Engine, Sql>>) {}
}

/** The piece of the engine the statement runs on, chosen when it is rendered. */
export function perEngine(byEngine: Readonly<Record<Engine, Sql>>): Sql {
  return new Sql(['', ''], [new EngineSql(byEngine)]);
}

/** Pieces joined by a separator: conditions by ` AND `, values by `, `. */
export function join(parts: readonly unknown[], separator = ', '): Sql {
  if (parts.length === 0) return raw('');
  return new Sql(['', ...Array<string>(parts.length - 1).fill(separator), ''], parts);
}

/** `IN (...)` of a list; an empty list matches nothing, which plain `IN ()` cannot say on PostgreSQL. */
export function inList(values: readonly unknown[]): Sql {
  return values.length === 0 ? sql`IN (NULL)` : sql`IN (${join(values)})`;
}

export type Engine = 'sqlite' | 'postgres';

export function engineOfManager(manager: EntityManager): Engine {
  return manager.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

/** The text with the engine's placeholders, and the values in order. */
export function render(statement: Sql, engine: Engine): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const text = (function walk(piece: Sql): string {
    let out = piece.strings[0];
    piece.values.forEach((value, index) => {
      if (value instanceof Sql) out += walk(value);
      else if (value instanceof EngineSql) out += walk(value.byEngine[engine]);
      else {
        values.push(value);
        out += engine === 'postgres' ? `$${values.length}` : '?';
      }
      out += piece.strings[index + 1];
    });
    return out;
  })(statement);
  return { text, values };
}

/**
 * Runs a query and answers its rows, typed once by the caller. TypeORM's SQLite runner answers no
 * rows for a statement that starts with INSERT, UPDATE or DELETE; one read for its rows
 * (`... RETURNING`) therefore starts on a new line, which both engines ignore.
 */
export async function select<Row>(manager: EntityManager, statement: Sql): Promise<Row[]> {
  const { text, values } = render(statement, engineOfManager(manager));
  const result = await run(manager, `\n${text}`, values);
  return (result.records ?? []) as Row[];
}

/** The first row of a query, or undefined. */
export async function selectOne<Row>(manager: EntityManager, statement: Sql): Promise<Row | undefined> {
  return (await select<Row>(manager, statement))[0];
}

/** Runs a statement that changes rows and answers how many it changed. */
export async function execute(manager: EntityManager, statement: Sql): Promise<number> {
  const { text, values } = render(statement, engineOfManager(manager));
  return (await run(manager, text, values)).affected ?? 0;
}

/** The structured answer (rows and changed count alike on both engines), in the manager's transaction. */
async function run(manager: EntityManager, text: string, values: unknown[]): Promise<QueryResult> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    return await runner.query(text, values, true);
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}
