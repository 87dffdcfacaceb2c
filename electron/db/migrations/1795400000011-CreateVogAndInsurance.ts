import type { MigrationInterface, QueryRunner } from 'typeorm';

const BASE = `"id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "createdAt" varchar(30) NOT NULL,
      "updatedAt" varchar(30) NOT NULL`;

/**
 * The VOG of each volunteer adult (one record a person, its changes kept), the VOG rules in the
 * settings, insurance policies with the municipalities and families they cover, and incidents
 * with their documents.
 */
export class CreateVogAndInsurance1795400000011 implements MigrationInterface {
  name = 'CreateVogAndInsurance1795400000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_settings" ADD COLUMN "vogAllAdults" boolean NOT NULL DEFAULT (1)`);
    await queryRunner.query(`ALTER TABLE "app_settings" ADD COLUMN "vogRequestWeeks" integer NOT NULL DEFAULT (8)`);
    await queryRunner.query(`ALTER TABLE "app_settings" ADD COLUMN "vogNewMatchMonths" integer NOT NULL DEFAULT (3)`);
    await queryRunner.query(`ALTER TABLE "app_settings" ADD COLUMN "vogRenewYears" integer NOT NULL DEFAULT (3)`);
    await queryRunner.query(`CREATE TABLE "vog" (${BASE},
      "personId" integer NOT NULL UNIQUE REFERENCES "person" ("id") ON DELETE CASCADE,
      "status" varchar(20) NOT NULL CHECK ("status" IN ('aangevraagd', 'ontvangen', 'voornemen_weigering', 'geweigerd', 'verlopen_aanvraag')),
      "requestedDate" varchar(10),
      "requestReference" varchar(50),
      "freeScheme" boolean NOT NULL DEFAULT (0),
      "issueDate" varchar(10),
      "checkedBy" varchar(100),
      "screeningProfile" varchar(100),
      "decisionDate" varchar(10),
      "notes" text,
      "scanFile" varchar(200))`);
    await queryRunner.query(`CREATE INDEX "IDX_vog_status" ON "vog" ("status", "requestedDate")`);
    await queryRunner.query(`CREATE TABLE "vog_status_change" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "vogId" integer NOT NULL REFERENCES "vog" ("id") ON DELETE CASCADE,
      "at" varchar(30) NOT NULL,
      "date" varchar(10) NOT NULL,
      "actor" varchar(100) NOT NULL,
      "fromStatus" varchar(20) NOT NULL,
      "toStatus" varchar(20) NOT NULL,
      "notes" text)`);
    await queryRunner.query(`CREATE INDEX "IDX_vog_status_change_vog" ON "vog_status_change" ("vogId")`);
    await queryRunner.query(`CREATE TABLE "insurance_policy" (${BASE},
      "insurer" varchar(100) NOT NULL,
      "policyNumber" varchar(50) NOT NULL,
      "coverKind" varchar(20) NOT NULL CHECK ("coverKind" IN ('aansprakelijkheid', 'ongevallen', 'rechtsbijstand', 'inzittenden', 'anders')),
      "coverOther" varchar(100),
      "takenOutBy" varchar(10) NOT NULL CHECK ("takenOutBy" IN ('stichting', 'gemeente')),
      "allMunicipalities" boolean NOT NULL DEFAULT (0),
      "startDate" varchar(10) NOT NULL,
      "endDate" varchar(10),
      "insuredAmounts" varchar(300),
      "contactName" varchar(100),
      "contactEmail" varchar(254),
      "contactPhone" varchar(30),
      "conditionsFile" varchar(200),
      "notes" text,
      CHECK ("endDate" IS NULL OR "endDate" >= "startDate"))`);
    await queryRunner.query(`CREATE TABLE "insurance_policy_municipality" (
      "policyId" integer NOT NULL REFERENCES "insurance_policy" ("id") ON DELETE CASCADE,
      "municipalityId" integer NOT NULL REFERENCES "municipality" ("id"),
      PRIMARY KEY ("policyId", "municipalityId"))`);
    await queryRunner.query(`CREATE TABLE "insurance_policy_family" (
      "policyId" integer NOT NULL REFERENCES "insurance_policy" ("id") ON DELETE CASCADE,
      "familyId" integer NOT NULL REFERENCES "family" ("id"),
      PRIMARY KEY ("policyId", "familyId"))`);
    await queryRunner.query(`CREATE TABLE "insurance_incident" (${BASE},
      "date" varchar(10) NOT NULL,
      "matchId" integer NOT NULL REFERENCES "match" ("id"),
      "policyId" integer REFERENCES "insurance_policy" ("id"),
      "description" text NOT NULL,
      "claimNumber" varchar(50),
      "status" varchar(15) NOT NULL CHECK ("status" IN ('gemeld', 'in_behandeling', 'afgewezen', 'uitgekeerd')),
      "amountCents" integer)`);
    await queryRunner.query(`CREATE TABLE "insurance_incident_document" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "incidentId" integer NOT NULL REFERENCES "insurance_incident" ("id") ON DELETE CASCADE,
      "fileName" varchar(200) NOT NULL,
      "file" varchar(200) NOT NULL,
      "createdAt" varchar(30) NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'insurance_incident_document',
      'insurance_incident',
      'insurance_policy_family',
      'insurance_policy_municipality',
      'insurance_policy',
      'vog_status_change',
      'vog',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    for (const column of ['vogAllAdults', 'vogRequestWeeks', 'vogNewMatchMonths', 'vogRenewYears']) {
      await queryRunner.query(`ALTER TABLE "app_settings" DROP COLUMN "${column}"`);
    }
  }
}
