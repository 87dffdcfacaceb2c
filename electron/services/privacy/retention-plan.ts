import type { EntityManager } from 'typeorm';
import type { RetentionItemDto } from '../../../shared/api/privacy';
import { addMonths, isoDateInNetherlands } from '../../../shared/domain/dates';
import { FAMILY_KIND_LABELS, type FamilyKind } from '../../../shared/domain/families';
import { formatDate } from '../../../shared/domain/format';
import type { RetentionKind } from '../../../shared/domain/privacy/retention';
import { validUntil } from '../../../shared/domain/vog/status';
import { select, sql } from '../../db/sql';
import { vogRules } from '../vog/rules';
import { ERASE } from './erasure';
import { retentionMonths } from './retention-rules';

/**
 * One reason to keep a family: until a day, or as long as something is open (`until` null). The
 * family goes only when every reason has ended.
 */
interface Hold {
  until: string | null;
  /** What the period counts from, for the description: "aanmelding van …, afgewezen op …". */
  what: string;
  /** "12 maanden na afsluiten". */
  rule: string;
}

/** What the retention run would anonymise on `today`, in a fixed order; the keys are what a run confirms. */
export async function retentionPlan(manager: EntityManager, today: string): Promise<RetentionItemDto[]> {
  const months = await retentionMonths(manager);
  const families = await dueFamilies(manager, today, months);
  const vogs = await dueVogs(manager, today, months, new Set(families.map((item) => item.familyId)));
  return [...families, ...vogs].map(({ familyId: _familyId, ...item }) => item);
}

interface FamilyRow {
  id: number;
  kind: FamilyKind;
  municipality: string | null;
}

/** Families not erased yet, with what the descriptions call them (never a name: beheer reads none). */
async function liveFamilies(manager: EntityManager): Promise<FamilyRow[]> {
  return select<FamilyRow>(
    manager,
    sql`SELECT f."id", f."kind", m."name" AS "municipality" FROM "family" f
      LEFT JOIN "municipality" m ON m."id" = f."municipalityId"
      WHERE f."id" NOT IN (SELECT "entityId" FROM "audit_entry" WHERE "entityType" = 'family' AND "operation" = ${ERASE})
      ORDER BY f."id"`,
  );
}

const CLOSED = ['afgewezen', 'doorverwezen', 'ingetrokken'];
const CLOSED_LABELS: Record<string, string> = {
  afgewezen: 'afgewezen',
  doorverwezen: 'doorverwezen',
  ingetrokken: 'ingetrokken',
};

async function holdsByFamily(manager: EntityManager, months: Record<RetentionKind, number>, steun: Set<number>) {
  const holds = new Map<number, Hold[]>();
  const add = (familyId: number, hold: Hold) => holds.set(familyId, [...(holds.get(familyId) ?? []), hold]);
  const matches = await select<{
    requestingFamilyId: number;
    supportFamilyId: number;
    status: string;
    endDate: string | null;
  }>(manager, sql`SELECT "requestingFamilyId", "supportFamilyId", "status", "endDate" FROM "match"`);
  const matched = new Set<number>();
  for (const match of matches) {
    for (const familyId of [Number(match.requestingFamilyId), Number(match.supportFamilyId)]) {
      matched.add(familyId);
      if (!match.endDate || !['afgerond', 'voortijdig_beeindigd'].includes(match.status)) {
        add(familyId, { until: null, what: 'koppeling loopt', rule: '' });
        continue;
      }
      const what = `koppeling geëindigd op ${formatDate(match.endDate)}`;
      add(familyId, {
        until: addMonths(match.endDate, months.match),
        what,
        rule: `${months.match} maanden na einde koppeling`,
      });
      if (steun.has(familyId))
        add(familyId, {
          until: addMonths(match.endDate, months.support),
          what,
          rule: `${months.support} maanden na stoppen als steungezin`,
        });
    }
  }
  const registrations = await select<{
    familyId: number;
    status: string;
    receivedDate: string;
    closedAt: string | null;
  }>(
    manager,
    sql`SELECT r."familyId", r."status", r."receivedDate",
      (SELECT MAX(c."at") FROM "registration_status_change" c
        WHERE c."registrationId" = r."id" AND c."toStatus" = r."status") AS "closedAt"
      FROM "registration" r`,
  );
  for (const registration of registrations) {
    const familyId = Number(registration.familyId);
    if (!CLOSED.includes(registration.status)) {
      // Handed to the coordinator: its matches decide from then on; without one it is still being worked on.
      if (registration.status !== 'doorgezet' || !matched.has(familyId))
        add(familyId, { until: null, what: 'aanmelding loopt', rule: '' });
      continue;
    }
    // Closed in the same transaction that wrote the line; a registration imported closed has none.
    const closed = registration.closedAt
      ? isoDateInNetherlands(new Date(registration.closedAt))
      : registration.receivedDate;
    const kind: RetentionKind = steun.has(familyId) ? 'support' : 'registration';
    add(familyId, {
      until: addMonths(closed, months[kind]),
      what: `aanmelding van ${formatDate(registration.receivedDate)}, ${CLOSED_LABELS[registration.status]} op ${formatDate(closed)}`,
      rule:
        kind === 'support'
          ? `${months.support} maanden na stoppen als steungezin`
          : `${months.registration} maanden na afsluiten`,
    });
  }
  return holds;
}

type PlannedItem = RetentionItemDto & { familyId: number };

async function dueFamilies(
  manager: EntityManager,
  today: string,
  months: Record<RetentionKind, number>,
): Promise<PlannedItem[]> {
  const families = await liveFamilies(manager);
  const steun = new Set(families.filter((family) => family.kind === 'steun').map((family) => Number(family.id)));
  const holds = await holdsByFamily(manager, months, steun);
  const items: PlannedItem[] = [];
  for (const family of families) {
    const familyId = Number(family.id);
    const own = holds.get(familyId) ?? [];
    // A family without registration or match has no period that could have begun.
    if (own.length === 0 || own.some((hold) => hold.until === null)) continue;
    const last = own.reduce((latest, hold) => (hold.until! > latest.until! ? hold : latest));
    if (last.until! > today) continue;
    items.push({
      key: `family-${familyId}`,
      what: 'family',
      familyId,
      description: `${describeFamily(family)} — ${last.what}`,
      why: `${last.rule}; termijn verstreken op ${formatDate(last.until)}`,
      expiredOn: last.until!,
    });
  }
  return items;
}

function describeFamily(family: FamilyRow): string {
  return `${FAMILY_KIND_LABELS[family.kind]} ${family.id}${family.municipality ? ` in ${family.municipality}` : ''}`;
}

/**
 * VOG records whose details have passed their period while the family stays: a refused VOG, one no
 * longer valid, a request that lapsed. A record erased since its last change is done.
 */
async function dueVogs(
  manager: EntityManager,
  today: string,
  months: Record<RetentionKind, number>,
  dueFamilies: Set<number>,
): Promise<PlannedItem[]> {
  const rules = await vogRules(manager);
  const families = new Map((await liveFamilies(manager)).map((family) => [Number(family.id), family]));
  const rows = await select<{
    id: number;
    personId: number;
    familyId: number;
    status: string;
    issueDate: string | null;
    decisionDate: string | null;
    since: string | null;
    changedAt: string | null;
    erasedAt: string | null;
  }>(
    manager,
    sql`SELECT v."id", v."personId", p."familyId", v."status", v."issueDate", v."decisionDate",
      (SELECT MAX(c."date") FROM "vog_status_change" c WHERE c."vogId" = v."id" AND c."toStatus" = v."status") AS "since",
      (SELECT MAX(c."at") FROM "vog_status_change" c WHERE c."vogId" = v."id") AS "changedAt",
      (SELECT MAX(a."at") FROM "audit_entry" a
        WHERE a."entityType" = 'vog' AND a."entityId" = v."personId" AND a."operation" = ${ERASE}) AS "erasedAt"
      FROM "vog" v JOIN "person" p ON p."id" = v."personId" ORDER BY v."id"`,
  );
  const items: PlannedItem[] = [];
  for (const vog of rows) {
    const family = families.get(Number(vog.familyId));
    if (!family || dueFamilies.has(Number(vog.familyId))) continue;
    if (vog.erasedAt && (!vog.changedAt || vog.erasedAt >= vog.changedAt)) continue;
    const period = vogPeriod(vog, months, rules);
    if (!period || period.until > today) continue;
    items.push({
      key: `vog-${vog.id}`,
      what: 'vog',
      familyId: Number(vog.familyId),
      description: `VOG van een volwassene van ${describeFamily(family)} — ${period.what}`,
      why: `${period.rule}; termijn verstreken op ${formatDate(period.until)}`,
      expiredOn: period.until,
    });
  }
  return items;
}

function vogPeriod(
  vog: { status: string; issueDate: string | null; decisionDate: string | null; since: string | null },
  months: Record<RetentionKind, number>,
  rules: Awaited<ReturnType<typeof vogRules>>,
): { until: string; what: string; rule: string } | null {
  if (vog.status === 'geweigerd') {
    const refused = vog.decisionDate ?? vog.since;
    if (!refused) return null;
    return {
      until: addMonths(refused, months.vog_refused),
      what: `geweigerd op ${formatDate(refused)}`,
      rule: `${months.vog_refused} maanden na weigering`,
    };
  }
  if (vog.status === 'ontvangen' && vog.issueDate) {
    const expired = validUntil(vog.issueDate, rules);
    return {
      until: addMonths(expired, months.vog),
      what: `afgegeven op ${formatDate(vog.issueDate)}, geldig tot ${formatDate(expired)}`,
      rule: `${months.vog} maanden na einde geldigheid`,
    };
  }
  if (vog.status === 'verlopen_aanvraag' && vog.since)
    return {
      until: addMonths(vog.since, months.vog),
      what: `aanvraag verlopen op ${formatDate(vog.since)}`,
      rule: `${months.vog} maanden na verlopen aanvraag`,
    };
  return null;
}
