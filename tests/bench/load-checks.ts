import type { EntityManager } from 'typeorm';
import { inList, select, sql } from '../../electron/db/sql';
import type { AcceptedWrite } from './load-operations';
import { readRecords, type LoadBaseline, type LoadPlan } from './load-setup';

export interface CheckResult {
  passed: boolean;
  /** What was checked and found, one line per fact. */
  findings: string[];
  problems: string[];
}

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * Invoice numbers after the run: per year every number from 0001 up to the year's counter once,
 * none twice and none missing; and every finalisation a colleague was told succeeded made exactly
 * one concept final (two successes for one invoice would mean two numbers were taken for it).
 */
export async function checkInvoiceNumbers(
  manager: EntityManager,
  plan: LoadPlan,
  finalised: number[][],
): Promise<CheckResult> {
  const findings: string[] = [];
  const problems: string[] = [];
  const numbers = await select<{ number: string }>(
    manager,
    sql`SELECT "number" FROM "invoice" WHERE "number" IS NOT NULL`,
  );
  const counters = await select<{ year: number; lastNumber: number }>(
    manager,
    sql`SELECT "year", "lastNumber" FROM "invoice_number_sequence" ORDER BY "year"`,
  );
  const byYear = new Map<number, number[]>();
  for (const { number } of numbers) {
    const [year, sequence] = number.split('-').map(Number);
    byYear.set(year, [...(byYear.get(year) ?? []), sequence]);
  }
  for (const { year, lastNumber } of counters) {
    const taken = (byYear.get(year) ?? []).sort((a, b) => a - b);
    const twice = taken.filter((n, i) => i > 0 && taken[i - 1] === n);
    const present = new Set(taken);
    const missing = Array.from({ length: lastNumber }, (_, i) => i + 1).filter((n) => !present.has(n));
    const beyond = taken.filter((n) => n > lastNumber);
    findings.push(
      `${year}: ${count(taken.length)} final invoices numbered ${year}-0001 to ${year}-${String(lastNumber).padStart(4, '0')}; ` +
        `${twice.length} twice, ${missing.length} missing`,
    );
    if (twice.length > 0) problems.push(`${year}: numbers used twice: ${twice.slice(0, 10).join(', ')}`);
    if (missing.length > 0) problems.push(`${year}: numbers missing: ${missing.slice(0, 10).join(', ')}`);
    if (beyond.length > 0) problems.push(`${year}: numbers beyond the counter: ${beyond.slice(0, 10).join(', ')}`);
    byYear.delete(year);
  }
  for (const year of byYear.keys()) problems.push(`${year}: final invoices without a counter for their year`);

  const accepted = finalised.flat();
  const once = new Set(accepted);
  const final = await select<{ id: number }>(
    manager,
    sql`SELECT "id" FROM "invoice" WHERE "status" = 'final' AND "id" ${inList(plan.concepts)}`,
  );
  findings.push(
    `${count(accepted.length)} finalisations accepted during the run, of ${count(once.size)} invoices; ` +
      `${count(final.length)} of the ${count(plan.concepts.length)} concepts are final now`,
  );
  if (once.size !== accepted.length)
    problems.push(`${accepted.length - once.size} invoices were finalised twice (two colleagues were both told yes)`);
  if (final.length !== once.size)
    problems.push(`${final.length} concepts are final, but ${once.size} finalisations were accepted`);
  return { passed: problems.length === 0, findings, problems };
}

/**
 * No lost update: for every edited record, the stored notes are the value of the accepted edit with
 * the highest resulting version, every accepted edit raised the version by one (accepted edits =
 * final version − version before the run, no version handed out twice), and the audit trail holds
 * one entry per accepted edit. A refused edit left nothing behind.
 */
export async function checkNoLostUpdate(
  manager: EntityManager,
  plan: LoadPlan,
  baseline: LoadBaseline,
  writes: Record<string, AcceptedWrite[]>[],
): Promise<CheckResult> {
  const problems: string[] = [];
  const stored = await readRecords(manager, plan);
  const audited = await select<{ entityType: string; entityId: number; entries: number }>(
    manager,
    sql`SELECT "entityType", "entityId", COUNT(*) AS "entries" FROM "audit_entry"
    WHERE "id" > ${baseline.auditAfter} AND "operation" IN ('families.update', 'municipalities.update')
    GROUP BY "entityType", "entityId"`,
  );
  const entries = new Map(audited.map((row) => [`${row.entityType}:${row.entityId}`, Number(row.entries)]));
  let total = 0;
  for (const [key, before] of Object.entries(baseline.records)) {
    const accepted = writes.flatMap((client) => client[key] ?? []);
    total += accepted.length;
    const now = stored[key];
    const last = accepted.reduce<AcceptedWrite | null>(
      (highest, write) => (highest && highest.version > write.version ? highest : write),
      null,
    );
    const expected = last ? last.value : before.notes;
    if (now.notes !== expected)
      problems.push(`${key}: stored "${now.notes}", but the last accepted edit wrote "${expected}"`);
    if (now.version - before.version !== accepted.length)
      problems.push(
        `${key}: ${accepted.length} edits accepted, but the version went from ${before.version} to ${now.version}`,
      );
    const versions = new Set(accepted.map((write) => write.version));
    if (versions.size !== accepted.length) problems.push(`${key}: two accepted edits were given the same version`);
    if ((entries.get(key) ?? 0) !== accepted.length)
      problems.push(`${key}: ${accepted.length} edits accepted, ${entries.get(key) ?? 0} in the audit trail`);
  }
  const records = Object.keys(baseline.records).length;
  return {
    passed: problems.length === 0,
    findings: [
      `${count(records)} records edited (${plan.sharedMunicipalities.length + plan.sharedFamilies.length} by every colleague, the rest by one), ${count(total)} edits accepted`,
      problems.length === 0
        ? 'every record holds the value of its accepted edit with the highest version; versions rose by exactly the accepted edits; one audit entry per accepted edit'
        : `${problems.length} problems`,
    ],
    problems,
  };
}
