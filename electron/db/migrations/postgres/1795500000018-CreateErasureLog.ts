import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEHEER = '"buurtgezinnen_beheer"';

/**
 * What erasure (`privacy.erase`, beheer only) reads and writes of the family data, column by column.
 * Beheer holds no family data otherwise (that is backoffice's), and gets no more than this: the ids
 * that find a family's records, the two columns whose coarse part stays (the postcode's area, the
 * year of birth) and the versions it raises; and to overwrite, exactly the personal columns.
 */
const READ: [table: string, columns: string[]][] = [
  ['family', ['id', 'postcode', 'version']],
  ['person', ['id', 'familyId', 'birthDate']],
  ['registration', ['id', 'familyId', 'version']],
  ['registration_status_change', ['registrationId']],
  ['match', ['id', 'requestingFamilyId', 'supportFamilyId', 'version']],
  ['match_status_change', ['matchId']],
  ['match_evaluation', ['matchId']],
  ['match_document', ['id', 'matchId', 'scanFileId', 'version']],
  ['vog', ['id', 'personId', 'scanFileId', 'version']],
  ['vog_status_change', ['vogId']],
  ['insurance_policy_family', ['policyId', 'familyId']],
  ['insurance_incident', ['id', 'matchId', 'version']],
  ['insurance_incident_document', ['incidentId', 'fileId']],
  ['stored_file', ['id']],
];
const OVERWRITE: [table: string, columns: string[]][] = [
  ['family', ['street', 'houseNumber', 'houseNumberAddition', 'postcode', 'phone', 'email', 'notes', 'version']],
  ['person', ['firstName', 'lastName', 'firstNameKey', 'lastNameKey', 'birthDate']],
  ['registration', ['referrerContact', 'question', 'referredTo', 'importKey', 'version']],
  ['registration_status_change', ['reason']],
  ['match', ['supportOther', 'frequency', 'agreements', 'endReasonText', 'version']],
  ['match_status_change', ['reason']],
  ['match_evaluation', ['notes']],
  ['match_document', ['values', 'scanFileId', 'version']],
  ['vog', ['requestReference', 'notes', 'scanFileId', 'version']],
  ['vog_status_change', ['notes']],
  ['insurance_incident', ['description', 'claimNumber', 'version']],
  ['insurance_incident_document', ['fileName', 'fileId']],
];

const STAMP_SESSION_USER = `IF NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
      NEW."actor" := session_user;
    END IF;`;
/** Who did it in a history stays who did it: an erasure empties values, not the actor. */
const STAMP_ON_INSERT_ONLY = `IF TG_OP = 'UPDATE' THEN
      NEW."actor" := OLD."actor";
    ELSE
      ${STAMP_SESSION_USER}
    END IF;`;
const stampActor = (body: string) => `CREATE OR REPLACE FUNCTION "buurtgezinnen_stamp_actor"() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog AS $$
  BEGIN
    ${body}
    RETURN NEW;
  END $$`;

/**
 * The audit trail is only added to, and each role reads only its own kinds of history, so beheer can
 * neither read nor change a family's. Blanking the values needs neither: this function of the
 * tables' owner empties the old and new values of the history lines about the given records of a
 * family's kind (only `p_fields`, or all when null), keeping the fields, dates and actors. The same
 * as the SQLite statement in electron/services/audit/personal-data.ts.
 */
const ERASE_AUDIT_VALUES = `
  CREATE FUNCTION "buurtgezinnen_erase_audit_values"(p_entity_type text, p_entity_ids integer[], p_fields text[])
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
  BEGIN
    IF p_entity_type NOT IN ('family', 'registration', 'match', 'document', 'vog', 'incident', 'policy') THEN
      RAISE EXCEPTION 'Alleen de geschiedenis van gezinsgegevens kan worden gewist.' USING ERRCODE = '42501';
    END IF;
    UPDATE public."audit_entry" SET "changes" = (
      SELECT COALESCE(json_agg(CASE WHEN p_fields IS NULL OR c ->> 'field' = ANY (p_fields)
        THEN json_build_object('field', c ->> 'field', 'old', NULL, 'new', NULL) ELSE c END ORDER BY n), '[]')::text
      FROM json_array_elements("changes"::json) WITH ORDINALITY AS e(c, n))
    WHERE "entityType" = p_entity_type AND "entityId" = ANY (p_entity_ids);
  END $$`;

/**
 * The erasure log (SQLite's 1795400000025), and what erasing takes on the shared database. Beheer
 * writes and reads the log; nobody changes or removes a line, and the server stamps who erased.
 * Beheer may read the audit trail's erasure lines (they hold no values): that is how an erased
 * family is known. Column grants rather than a function that erases everything: the areas' own
 * erasure statements then run unchanged on both engines, and the server still refuses beheer every
 * other column of the family data.
 */
export class CreateErasureLog1795500000018 implements MigrationInterface {
  name = 'CreateErasureLog1795500000018';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "erasure_log" ("id" SERIAL NOT NULL, "erasedAt" character varying(30) NOT NULL, ` +
        `"erasedBy" character varying(100) NOT NULL, "reason" character varying(500) NOT NULL, ` +
        `"kind" character varying(15) NOT NULL, ` +
        `CONSTRAINT "CHK_aa8e5473a1046e7a15ad04c87f" CHECK ("kind" IN ('verzoek', 'bewaartermijn')), ` +
        `CONSTRAINT "PK_8bf7555004cd76ff14c844ce213" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "erasure_log" TO ${BEHEER}`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE "erasure_log_id_seq" TO ${BEHEER}`);
    await queryRunner.query(`CREATE FUNCTION "buurtgezinnen_stamp_erased_by"() RETURNS trigger
      LANGUAGE plpgsql SET search_path = pg_catalog AS $$
      BEGIN
        IF NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
          NEW."erasedBy" := session_user;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "stamp_erased_by" BEFORE INSERT ON "erasure_log" ` +
        `FOR EACH ROW EXECUTE FUNCTION "buurtgezinnen_stamp_erased_by"()`,
    );
    for (const [table, columns] of READ)
      await queryRunner.query(`GRANT SELECT (${list(columns)}) ON "${table}" TO ${BEHEER}`);
    for (const [table, columns] of OVERWRITE)
      await queryRunner.query(`GRANT UPDATE (${list(columns)}) ON "${table}" TO ${BEHEER}`);
    await queryRunner.query(`GRANT DELETE ON "stored_file" TO ${BEHEER}`);
    await queryRunner.query(stampActor(STAMP_ON_INSERT_ONLY));
    await queryRunner.query(ERASE_AUDIT_VALUES);
    const erase = '"buurtgezinnen_erase_audit_values"(text, integer[], text[])';
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${erase} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${erase} TO ${BEHEER}`);
    await queryRunner.query(
      `CREATE POLICY "audit_read_erasures" ON "audit_entry" FOR SELECT TO ${BEHEER} ` +
        `USING ("operation" = 'privacy.erase')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY "audit_read_erasures" ON "audit_entry"`);
    await queryRunner.query(`DROP FUNCTION "buurtgezinnen_erase_audit_values"(text, integer[], text[])`);
    await queryRunner.query(stampActor(STAMP_SESSION_USER));
    await queryRunner.query(`REVOKE DELETE ON "stored_file" FROM ${BEHEER}`);
    for (const [table, columns] of OVERWRITE)
      await queryRunner.query(`REVOKE UPDATE (${list(columns)}) ON "${table}" FROM ${BEHEER}`);
    for (const [table, columns] of READ)
      await queryRunner.query(`REVOKE SELECT (${list(columns)}) ON "${table}" FROM ${BEHEER}`);
    await queryRunner.query(`DROP TABLE "erasure_log"`);
    await queryRunner.query(`DROP FUNCTION "buurtgezinnen_stamp_erased_by"()`);
  }
}

const list = (columns: string[]) => columns.map((column) => `"${column}"`).join(', ');
