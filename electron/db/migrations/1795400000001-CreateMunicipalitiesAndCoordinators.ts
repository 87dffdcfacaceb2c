import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMunicipalitiesAndCoordinators1795400000001 implements MigrationInterface {
  name = 'CreateMunicipalitiesAndCoordinators1795400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "municipality" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "createdAt" varchar(30) NOT NULL,
      "updatedAt" varchar(30) NOT NULL,
      "name" varchar(100) NOT NULL,
      "province" varchar(30),
      "email" varchar(254),
      "phone" varchar(30),
      "notes" text,
      "active" boolean NOT NULL DEFAULT (1))`);
    // Names are unique regardless of case: "Haarlem" and "haarlem" are the same municipality.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_municipality_name" ON "municipality" (lower("name"))`);
    await queryRunner.query(`CREATE TABLE "coordinator" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "createdAt" varchar(30) NOT NULL,
      "updatedAt" varchar(30) NOT NULL,
      "name" varchar(100) NOT NULL,
      "email" varchar(254),
      "phone" varchar(30),
      "notes" text,
      "active" boolean NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE TABLE "municipality_coordinator" (
      "municipalityId" integer NOT NULL REFERENCES "municipality" ("id") ON DELETE CASCADE,
      "coordinatorId" integer NOT NULL REFERENCES "coordinator" ("id") ON DELETE CASCADE,
      PRIMARY KEY ("municipalityId", "coordinatorId"))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_municipality_coordinator_coordinator" ON "municipality_coordinator" ("coordinatorId")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "municipality_coordinator"`);
    await queryRunner.query(`DROP TABLE "coordinator"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
  }
}
