import type { QueryRunner } from 'typeorm';
import { normalizeText } from '../../../shared/domain/text';

/**
 * Brings every person's stored name keys to the app's folding (`normalizeText`), for the migrations
 * that change it on either engine. Only names outside printable ASCII (or with a backtick, now an
 * apostrophe) can fold differently, so only those are read.
 */
export async function refoldNameKeys(queryRunner: QueryRunner, engine: 'sqlite' | 'postgres'): Promise<void> {
  const names = `("firstName" || "lastName")`;
  const unusual =
    engine === 'sqlite'
      ? `${names} GLOB '*[^ -~]*' OR instr(${names}, '\`') > 0`
      : `${names} ~ '[^ -~]' OR strpos(${names}, '\`') > 0`;
  const people = (await queryRunner.query(
    `SELECT "id", "firstName", "lastName", "firstNameKey", "lastNameKey" FROM "person" WHERE ${unusual}`,
  )) as { id: number; firstName: string; lastName: string; firstNameKey: string; lastNameKey: string }[];
  const update =
    engine === 'sqlite'
      ? `UPDATE "person" SET "firstNameKey" = ?, "lastNameKey" = ? WHERE "id" = ?`
      : `UPDATE "person" SET "firstNameKey" = $1, "lastNameKey" = $2 WHERE "id" = $3`;
  for (const person of people) {
    // As personKeys makes them: folding can lengthen a name ("ß" is "ss"), the key keeps its width.
    const firstNameKey = normalizeText(person.firstName).slice(0, 60);
    const lastNameKey = normalizeText(person.lastName).slice(0, 80);
    if (firstNameKey === person.firstNameKey && lastNameKey === person.lastNameKey) continue;
    await queryRunner.query(update, [firstNameKey, lastNameKey, person.id]);
  }
}
