import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_HISTORY, MATCH_HISTORY } from '../../shared/api/history/matches';
import { REGISTRATION_HISTORY } from '../../shared/api/history/registrations';
import type { FileDto } from '../../shared/api/invoices';
import { MATCH_STATUSES, MATCH_STATUS_LABELS } from '../../shared/domain/matches/status';
import {
  REGISTRATION_STATUSES,
  STATUS_LABELS,
  type RegistrationStatus,
} from '../../shared/domain/registrations/status';
import { VOG_STATUSES, VOG_STATUS_LABELS } from '../../shared/domain/vog/status';
import { TEST_ENGINE, testActor, type TestDatabase } from '../support/database';
import { foundationWithMatch } from '../support/privacy';

let db: TestDatabase;
let call: Awaited<ReturnType<typeof foundationWithMatch>>['call'];

/** The PDF, kept where the last run's can be looked at (ignored by git, as the end-to-end tests' screenshots). */
async function accessPdf(family: number, which: string): Promise<{ file: string; fileName: string; text: string }> {
  const { fileName, content } = await call<FileDto>('privacy.accessPdf', { id: family });
  const file = path.resolve(__dirname, `../.artifacts/inzage-${which}-${TEST_ENGINE}.pdf`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(content, 'base64'));
  return { file, fileName, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
}

let families: { requesting: number; support: number };

beforeAll(async () => {
  // Someone opened the file: the inzagelog names that too.
  ({ db, call, families } = await foundationWithMatch(['requesting']));
}, 120_000);
afterAll(() => db?.close());

/** The codes whose Dutch name is another word: where the code itself must never show. */
const codes = (labels: Record<string, string>, all: readonly string[]) =>
  all.filter((code) => labels[code].toLowerCase() !== code);

describe('inzage as a readable Dutch PDF', () => {
  it("shows the family's data in Dutch words and notation, within the page, and logs its making", async () => {
    const family = families.requesting;
    const { file, fileName, text } = await accessPdf(family, 'vraaggezin');
    expect(fileName).toMatch(new RegExp(`^inzage-gezin-${family}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));

    expect(text).toContain('Overzicht van uw gegevens (inzage)');
    expect(text).toContain('Familie Jansen');
    for (const name of ['Marieke Jansen', 'Daan Jansen', 'Lotte Jansen']) expect(text).toContain(name);
    // Daan's birth date, and the match's proposal, as the app writes dates.
    expect(text).toContain('30-09-2016');
    expect(text).toContain('03-11-2026');
    const [registration] = await db.dataSource.query<{ status: RegistrationStatus }[]>(
      `SELECT "status" FROM "registration" WHERE "familyId" = ${family}`,
    );
    // Each status on its own line under the registration's and the match's facts.
    expect(text).toMatch(new RegExp(`Status +${STATUS_LABELS[registration.status]}\\n`));
    expect(text).toMatch(new RegExp(`Status +${MATCH_STATUS_LABELS.actief}\\n`));

    expect(text).toContain('Vaste middag, Logeren');

    // The history names the changed fields by the history's own Dutch labels.
    const history = text.slice(text.search(/\d\. Geschiedenis/), text.search(/\d\. Inzagelog/));
    for (const label of [
      MATCH_HISTORY.frequency.label,
      REGISTRATION_HISTORY.channel.label,
      DOCUMENT_HISTORY.kind.label,
    ])
      expect(history).toContain(label);
    expect(history).toContain('Koppeling: status gewijzigd');
    expect(history).not.toMatch(/frequency|channel|changeStatus|registrations\./);
    // And the inzagelog who opened the file.
    expect(text).toMatch(/\d\. Inzagelog[\s\S]*Gezin geopend/);

    // No raw ISO date or timestamp, no status code where users read a Dutch name.
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    for (const code of [
      ...codes(STATUS_LABELS, REGISTRATION_STATUSES),
      ...codes(MATCH_STATUS_LABELS, MATCH_STATUSES),
      ...codes(VOG_STATUS_LABELS, VOG_STATUSES),
    ])
      expect(text).not.toMatch(new RegExp(`\\b${code}\\b`));
    // (The test's login on PostgreSQL, a name the server gives, is the one word with an underscore.)
    expect(text.replaceAll(testActor(), '')).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    // Attachments are listed by name, not embedded.
    expect(text).toContain('contract.pdf');
    expect(text).toContain('brief.pdf');

    // Every word within the page's margins (A4 is 595 points wide, 56 on each side).
    const words = [
      ...execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).matchAll(
        /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
      ),
    ].map(([, xMin, xMax, word]) => ({ xMin: Number(xMin), xMax: Number(xMax), word }));
    expect(words.filter((word) => word.xMin < 55 || word.xMax > 540)).toEqual([]);

    const log = await call<{ rows: { operation: string }[] }>('accessLog.list', {
      entityType: 'family',
      entityId: family,
    });
    expect(log.rows.map((row) => row.operation)).toContain('privacy.accessPdf');
  });

  it("shows the steungezin its VOGs and policy, and names the other family's children only by number", async () => {
    const { text } = await accessPdf(families.support, 'steungezin');
    for (const name of ['Joost de Boer', 'Anna de Boer', '01-06-1975']) expect(text).toContain(name);
    expect(text).toContain('VOG van Joost de Boer');
    expect(text).toContain(VOG_STATUS_LABELS.ontvangen);
    expect(text).toContain('ONG-2026-7 (VNG Vrijwilligerspolis)');
    expect(text).toContain('Koppeling met een vraaggezin');
    expect(text).toContain('2 kinderen van het vraaggezin');
    expect(text).toContain('vog.pdf');
    // Its own data about the match (the agreements) name the children; the match names no other family.
    expect(text).not.toMatch(/Jansen|\d{4}-\d{2}-\d{2}/);
  });
});
