import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegistrations1795400000004 implements MigrationInterface {
  name = 'CreateRegistrations1795400000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "registration" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "createdAt" varchar(30) NOT NULL,
      "updatedAt" varchar(30) NOT NULL,
      "familyId" integer NOT NULL REFERENCES "family" ("id"),
      "municipalityId" integer REFERENCES "municipality" ("id"),
      "coordinatorId" integer REFERENCES "coordinator" ("id"),
      "receivedDate" varchar(10) NOT NULL,
      "channel" varchar(10) NOT NULL CHECK ("channel" IN ('zelf', 'verwijzer')),
      "referrerOrganisation" varchar(120),
      "referrerType" varchar(20),
      "referrerContact" varchar(120),
      "question" text,
      "status" varchar(20) NOT NULL,
      "referredTo" varchar(120),
      "handedOverDate" varchar(10),
      "duplicateSuspected" boolean NOT NULL DEFAULT (0),
      "importKey" varchar(64))`);
    await queryRunner.query(`CREATE INDEX "IDX_registration_queue" ON "registration" ("status", "receivedDate", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_registration_received" ON "registration" ("receivedDate", "id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_municipality" ON "registration" ("municipalityId", "status")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_registration_family" ON "registration" ("familyId")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_registration_import_key" ON "registration" ("importKey")`);
    await queryRunner.query(`CREATE TABLE "registration_status_change" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "registrationId" integer NOT NULL REFERENCES "registration" ("id") ON DELETE CASCADE,
      "at" varchar(30) NOT NULL,
      "actor" varchar(100) NOT NULL,
      "fromStatus" varchar(20),
      "toStatus" varchar(20) NOT NULL,
      "reason" text)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_status_change_registration" ON "registration_status_change" ("registrationId")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "registration_status_change"`);
    await queryRunner.query(`DROP TABLE "registration"`);
  }
}
