import type { LoadFigures } from './load';
import type { CheckResult } from './load-checks';
import { MIX_SHARES } from './load-operations';

export const LOAD_HEADING = "## Zes collega's tegelijk";

const ms = (value: number) => value.toFixed(1);
const count = (n: number) => n.toLocaleString('en-GB');

/** Outcomes besides ok, STALE and busy, by code; FORBIDDEN on a finalisation is a colleague's invoice made final first. */
function otherOutcomes(outcomes: Record<string, number>): string {
  const other = Object.entries(outcomes).filter(([outcome]) => !['ok', 'STALE', 'busy'].includes(outcome));
  return other.length === 0 ? '–' : other.map(([outcome, n]) => `${outcome} ${n}`).join(', ');
}

function check(name: string, result: CheckResult): string {
  const lines = [`- **${name}: ${result.passed ? 'passed' : 'FAILED'}.** ${result.findings.join('; ')}.`];
  for (const problem of result.problems.slice(0, 20)) lines.push(`  - ${problem}`);
  if (result.problems.length > 20) lines.push(`  - … and ${result.problems.length - 20} more`);
  return lines.join('\n');
}

/** The section of docs/performance.md on the load run. */
export function loadSection(load: LoadFigures, registrations: number): string {
  const rows = load.operations.map(
    (o) =>
      `| ${o.label} | ${count(o.count)} | ${o.perSecond.toFixed(1)} | ${ms(o.p50)} | ${ms(o.p95)} | ${ms(o.p99)} | ` +
      `${o.outcomes.ok ?? 0} | ${o.outcomes.STALE ?? 0} | ${o.outcomes.busy ?? 0} | ${otherOutcomes(o.outcomes)} |`,
  );
  const minutes = load.seconds >= 60 ? `${+(load.seconds / 60).toFixed(1)} minutes` : `${load.seconds} s`;
  return `${LOAD_HEADING}

${load.clients} colleagues at once on the shared PostgreSQL database, with the demo data and ${count(registrations)}
registrations: ${load.clients} processes, each with its own connection and dispatcher as ${load.clients} computers would
have, for ${minutes}, with ${load.thinkMs === 0 ? 'no think time' : `${load.thinkMs} ms think time`} between operations. Each colleague does a working day's mix:
${MIX_SHARES.map((share) => `${share.percent}% ${share.words}`).join('; ')}.
${load.sharedRecords} records (two municipalities and three families) are edited by every colleague, ${load.ownFamilies} families
by each colleague alone; an edit is sent with the version of the copy last read or saved, and a refused
one (STALE, "Iemand anders heeft dit intussen gewijzigd") makes the colleague reopen the record. Before
the run, ${count(load.concepts)} concept invoices were made (monthly contracts, \`invoices.createFromInstalments\`;
${load.setupSeconds.toFixed(0)} s of preparation); ${count(load.conceptsLeft)} were still concepts at the end. All ${load.clients} processes, the server and the benchmark share the machine's
cores: the figures are those of a saturated machine, not of ${load.clients} computers with a server of their own.

Throughput: **${load.total.perSecond.toFixed(1)} operations per second** in total (${count(load.total.count)} operations). Each
edit, status change and import below counts its read before it as an operation of its own.

| operation | count | per s | p50 ms | p95 ms | p99 ms | ok | STALE refused | busy after retries | other outcomes |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
${rows.join('\n')}

STALE is the expected refusal of an edit made from an older copy; "busy after retries" is a transaction
that kept meeting a colleague's past the dispatcher's four attempts (nothing written, the user is asked to
try again); FORBIDDEN on \`invoices.finalize\` is a concept a colleague made final first.${
    load.conceptsLeft === 0
      ? ' Every concept was final before the end (later finalisations were refused): raise BENCH_LOAD_CONCEPTS.'
      : ''
  }

${check('Invoice numbers unique and gap-free per year', load.invoiceNumbers)}
${check('No lost update', load.noLostUpdate)}

Failures the dispatchers logged (kind and place, never data): ${
    load.errors.length === 0 ? 'none.' : `\n\n${load.errors.map((error) => `- \`${error}\``).join('\n')}`
  }
`;
}
