import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, operationNames, type OperationName } from '../../shared/api/contract';
import type { ApiErrorCode, ApiResponse } from '../../shared/api/errors';
import { openTestDatabase, TEST_ENGINE, testDispatcher, type TestDatabase } from '../support/database';
import { seedFoundation } from '../support/foundation';

/**
 * Every operation with a few hundred garbled payloads (a fixed seed, so a failure comes back the
 * same): each answer is one of the two shapes, a refusal is Dutch and specific (never zod's type
 * words, never a long quote of the input) and writes nothing, and the file stays sound.
 */

const PAYLOADS_PER_OPERATION = 250;
const SEED = 20261116;
/**
 * Answered by the session gate, not the dispatcher (see services/session/gate.ts); and the ones that
 * reach out to a database server by design, whose refusals tests/integration/connection.test.ts covers:
 * a fuzzed host name would go to the network.
 */
const NOT_DISPATCHED: readonly string[] = [
  'session.signIn',
  'session.signOut',
  'connection.test',
  'connection.save',
  'connection.transfer',
];
const CODES: readonly ApiErrorCode[] = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'STALE',
  'UNKNOWN_OPERATION',
  'FORBIDDEN',
  'SIGNED_OUT',
];
const TYPE_WORDS =
  /\b(undefined|NaN|null|object|array|string|number|boolean|Infinity|expected|received|verwacht|ontving|instanceof)\b/i;
const HUGE = 100_000;
const QUOTE_LIMIT = 200;

/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}
type Random = ReturnType<typeof prng>;

const pdf = Buffer.from('%PDF-1.4 fuzz').toString('base64');

function hugeString(random: Random): string {
  const unit = random.pick(['x', 'Ab 12 ', 'é€\u{1F600}', '<script>', "'; DROP TABLE x; --"]);
  return unit.repeat(Math.ceil(HUGE / unit.length)).slice(0, HUGE);
}

function nasty(random: Random): unknown {
  switch (random.int(24)) {
    case 0:
      return undefined;
    case 1:
      return null;
    case 2:
      return NaN;
    case 3:
      return random.pick([Infinity, -Infinity]);
    case 4:
      return random.pick([-1, 0, -(2 ** 31), 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, 1.5, -0, Number.MIN_VALUE]);
    case 5:
      return '';
    case 6:
      return hugeString(random);
    case 7:
      return random.pick(['\u0000', 'a\u0007b', 'regel\nregel', '\t', '\u202Eomgekeerd', '\uFEFF', '\uD800']);
    case 8:
      return random.pick(['  ', '12', '-1', 'NaN', 'true', '2026-02-30', '0000-00-00', '9999-12-31', '1e309']);
    case 9:
      return random.pick([true, false]);
    case 10:
      return [];
    case 11:
      return {};
    case 12:
      return deep(random.int(200) + 20);
    case 13:
      return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}') as unknown;
    case 14:
      return Array.from({ length: random.int(3000) }, () => random.int(10));
    case 15:
      return Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}${'x'.repeat(random.int(400))}`, i]));
    default:
      return randomJson(random, 3);
  }
}

function deep(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

function randomJson(random: Random, depth: number): unknown {
  switch (random.int(depth > 0 ? 8 : 6)) {
    case 0:
      return null;
    case 1:
      return random.next() < 0.5;
    case 2:
      return random.int(2000) - 1000;
    case 3:
      return (random.next() - 0.5) * 1e6;
    case 4:
      return String.fromCharCode(...Array.from({ length: random.int(20) }, () => random.int(0x2fff)));
    case 5:
      return random.pick(['', 'a', 'Haarlem', '2026-11-20', 'concept']);
    case 6:
      return Array.from({ length: random.int(4) }, () => randomJson(random, depth - 1));
    default:
      return Object.fromEntries(
        Array.from({ length: random.int(4) }, () => [
          random.pick(['id', 'version', 'name', 'ids', 'x']),
          randomJson(random, depth - 1),
        ]),
      );
  }
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  items?: z.ZodType[];
  left?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
  defaultValue?: unknown;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A payload shaped as the schema asks, filled in as a form would (it need not pass every check). */
function sample(schema: z.ZodType, key: string, random: Random, depth = 0): unknown {
  const def = defOf(schema);
  if (depth > 12) return undefined;
  switch (def.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape!).map(([name, field]) => [name, sample(field, name, random, depth + 1)]),
      );
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return random.next() < 0.15
        ? def.type === 'nullable'
          ? null
          : undefined
        : sample(def.innerType!, key, random, depth + 1);
    case 'pipe':
      return sample(def.in!, key, random, depth + 1);
    case 'lazy':
      return sample(def.getter!(), key, random, depth + 1);
    case 'array':
      return Array.from({ length: 1 + random.int(2) }, () => sample(def.element!, key, random, depth + 1));
    case 'tuple':
      return def.items!.map((item) => sample(item, key, random, depth + 1));
    case 'union':
      return sample(random.pick(def.options!), key, random, depth + 1);
    case 'intersection':
      return sample(def.left!, key, random, depth + 1);
    case 'record':
      return { [key]: sample(def.valueType!, key, random, depth + 1) };
    case 'enum':
      return random.pick(Object.values(def.entries!));
    case 'literal':
      return random.pick(def.values!);
    case 'boolean':
      return random.next() < 0.5;
    case 'number':
    case 'int':
      return /(^id$|Id$|^version$|ids$|Ids$)/.test(key) ? 1 + random.int(6) : random.int(100);
    case 'bigint':
      return random.int(100);
    case 'null':
      return null;
    case 'date':
      return new Date('2026-11-20');
    case 'string':
      return stringFor(key, random);
    default:
      return randomJson(random, 1);
  }
}

function stringFor(key: string, random: Random): string {
  if (/date|Date|day|Day/.test(key)) return random.pick(['2026-11-20', '2027-01-01', '2027-02-28']);
  if (/postcode/i.test(key)) return '2011 AB';
  if (/email/i.test(key)) return 'naam@voorbeeld.nl';
  if (/phone/i.test(key)) return '023 123 4567';
  if (/content|base64/i.test(key)) return pdf;
  if (/fileName/.test(key)) return 'bestand.pdf';
  if (/host/.test(key)) return '127.0.0.1';
  return random.pick(['Tekst', 'Haarlem', 'de Vries', '1']);
}

/** The payload with one part garbled: a field changed, dropped or added, or the whole of it. */
function mutate(value: unknown, random: Random): unknown {
  if (random.next() < 0.08) return nasty(random);
  if (typeof value !== 'object' || value === null || random.next() < 0.05) return nasty(random);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...(value as unknown[])] : { ...value };
  const keys = Object.keys(copy);
  const target = copy as Record<string, unknown>;
  const action = random.int(10);
  if (action === 0 || keys.length === 0)
    target[random.pick(['extra', 'id', '__proto__', 'x'.repeat(300)])] = nasty(random);
  else if (action === 1) delete target[random.pick(keys)];
  else {
    const key = random.pick(keys);
    target[key] = random.next() < 0.5 ? mutate(target[key], random) : nasty(random);
  }
  return copy;
}

function payloadFor(name: OperationName, random: Random): unknown {
  const schema = contract[name].input as z.ZodType;
  const roll = random.next();
  if (roll < 0.15) return randomJson(random, 3);
  if (roll < 0.25) return sample(schema, '', random);
  let payload = mutate(sample(schema, '', random), random);
  if (random.next() < 0.3) payload = mutate(payload, random);
  return payload;
}

/** The strings a payload holds (keys included), to spot one quoted back. */
function longStringsIn(value: unknown, found: string[] = [], depth = 0): string[] {
  if (depth > 30) return found;
  if (typeof value === 'string' && value.length > QUOTE_LIMIT) found.push(value);
  else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value)) {
      if (key.length > QUOTE_LIMIT) found.push(key);
      longStringsIn(inner, found, depth + 1);
    }
  return found;
}

function quotes(text: string, inputs: string[]): boolean {
  if (text.length <= QUOTE_LIMIT) return false;
  for (let at = 0; at + QUOTE_LIMIT < text.length; at += 1) {
    const piece = text.slice(at, at + QUOTE_LIMIT + 1);
    if (inputs.some((input) => input.includes(piece))) return true;
  }
  return false;
}

/** What is wrong with an answer, or null. */
function complaintAbout(response: ApiResponse<unknown>, inputs: string[]): string | null {
  if (typeof response !== 'object' || response === null) return 'no answer object';
  if (response.ok === true) return 'data' in response ? null : 'ok without data';
  if (response.ok !== false) return 'neither ok nor refused';
  const { error } = response;
  if (!CODES.includes(error.code)) return `code ${String(error.code)}`;
  if (typeof error.message !== 'string' || error.message === '') return 'no message';
  if (!Array.isArray(error.issues)) return 'no issues array';
  for (const text of [error.message, ...error.issues.flatMap((issue) => [issue.message, issue.path])]) {
    if (typeof text !== 'string') return 'issue without text';
    if (TYPE_WORDS.test(text)) return `type word: ${text.slice(0, 160)}`;
    if (quotes(text, inputs)) return `quotes the input: ${text.slice(0, 80)}…`;
  }
  return null;
}

describe.runIf(TEST_ENGINE === 'sqlite')('every operation with garbled input', () => {
  let db: TestDatabase;
  let api: ReturnType<typeof testDispatcher>;
  let now = new Date('2026-11-20T10:00:00Z');

  beforeAll(async () => {
    db = await openTestDatabase();
    api = testDispatcher(db, { now: () => now });
    await seedFoundation(api.dispatch, (iso) => {
      now = new Date(iso);
    });
    now = new Date('2027-03-01T10:00:00Z');
    // Counts committed row changes: the triggers' writes roll back with the transaction that made them.
    // A search index (an FTS5 table and its shadow tables) takes no triggers; it changes only with its table.
    const tables = await db.dataSource.query<{ name: string }[]>(
      `SELECT name FROM sqlite_master t WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND NOT EXISTS (
        SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND (t.name = v.name OR t.name LIKE v.name || '_%'))`,
    );
    await db.dataSource.query('CREATE TEMP TABLE fuzz_writes (n INTEGER NOT NULL)');
    await db.dataSource.query('INSERT INTO fuzz_writes (n) VALUES (0)');
    for (const { name } of tables)
      for (const event of ['INSERT', 'UPDATE', 'DELETE'])
        await db.dataSource.query(
          `CREATE TEMP TRIGGER "fuzz_${name}_${event}" AFTER ${event} ON main."${name}" BEGIN UPDATE fuzz_writes SET n = n + 1; END`,
        );
  }, 120_000);
  afterAll(() => db?.close());

  const writes = async () => Number((await db.dataSource.query<{ n: number }[]>('SELECT n FROM fuzz_writes'))[0].n);

  it('answers in the one shape, in Dutch, writes nothing on refusal and leaves the file sound', async () => {
    const random = prng(SEED);
    const complaints: string[] = [];
    let accepted = 0;
    const writesAtStart = await writes();
    const operations = operationNames.filter((name) => !NOT_DISPATCHED.includes(name));
    for (const name of operations) {
      for (let i = 0; i < PAYLOADS_PER_OPERATION; i++) {
        const payload = payloadFor(name, random);
        const before = await writes();
        const response = await api.dispatch(name, payload);
        const complaint = complaintAbout(response, longStringsIn(payload));
        if (complaint) complaints.push(`${name} #${i}: ${complaint}`);
        if (response.ok) accepted += 1;
        if (!response.ok && (await writes()) !== before) complaints.push(`${name} #${i}: wrote on refusal`);
      }
    }
    // The fuzz reached past validation, and the write counter sees the commands that did commit.
    expect(accepted).toBeGreaterThan(operations.length);
    expect(await writes()).toBeGreaterThan(writesAtStart);
    const [check] = await db.dataSource.query<{ integrity_check: string }[]>('PRAGMA integrity_check');
    expect(check.integrity_check).toBe('ok');
    expect(complaints.slice(0, 40), `${complaints.length} complaints`).toEqual([]);
  }, 240_000);
});
