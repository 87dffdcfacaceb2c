import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFamiliesAndPeople1795400000003 implements MigrationInterface {
  name = 'CreateFamiliesAndPeople1795400000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "family" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "createdAt" varchar(30) NOT NULL,
      "updatedAt" varchar(30) NOT NULL,
      "kind" varchar(5) NOT NULL CHECK ("kind" IN ('vraag', 'steun')),
      "street" varchar(100) NOT NULL,
      "houseNumber" varchar(5) NOT NULL,
      "houseNumberAddition" varchar(10),
      "postcode" varchar(7) NOT NULL,
      "place" varchar(80) NOT NULL,
      "phone" varchar(30),
      "email" varchar(254),
      "municipalityId" integer REFERENCES "municipality" ("id"),
      "notes" text)`);
    await queryRunner.query(`CREATE INDEX "IDX_family_postcode" ON "family" ("postcode", "houseNumber")`);
    await queryRunner.query(`CREATE INDEX "IDX_family_email" ON "family" ("email")`);
    await queryRunner.query(`CREATE INDEX "IDX_family_phone" ON "family" ("phone")`);
    await queryRunner.query(`CREATE TABLE "person" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "familyId" integer NOT NULL REFERENCES "family" ("id") ON DELETE CASCADE,
      "firstName" varchar(60) NOT NULL,
      "lastName" varchar(80) NOT NULL,
      "birthDate" varchar(10) NOT NULL,
      "role" varchar(10) NOT NULL CHECK ("role" IN ('ouder', 'kind', 'overig')),
      "firstNameKey" varchar(60) NOT NULL,
      "lastNameKey" varchar(80) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_person_family" ON "person" ("familyId")`);
    // Name search is a prefix range on these normalised keys (lower case, no accents); with the
    // family in the index, a search reads no person rows.
    await queryRunner.query(`CREATE INDEX "IDX_person_last_name" ON "person" ("lastNameKey", "familyId")`);
    await queryRunner.query(`CREATE INDEX "IDX_person_first_name" ON "person" ("firstNameKey", "familyId")`);
    // Duplicate checks compare names of people born on the same day, from the index alone.
    await queryRunner.query(
      `CREATE INDEX "IDX_person_birth_date" ON "person" ("birthDate", "firstNameKey", "lastNameKey", "familyId")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TABLE "family"`);
  }
}
