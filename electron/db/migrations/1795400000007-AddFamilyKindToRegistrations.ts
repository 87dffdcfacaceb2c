import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The queue filters on the family's kind; a copy on the registration spares a join of every row. */
export class AddFamilyKindToRegistrations1795400000007 implements MigrationInterface {
  name = 'AddFamilyKindToRegistrations1795400000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registration" ADD COLUMN "familyKind" varchar(5) NOT NULL DEFAULT ('vraag')`);
    await queryRunner.query(
      `UPDATE "registration" SET "familyKind" = (SELECT "kind" FROM "family" WHERE "family"."id" = "registration"."familyId")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_kind" ON "registration" ("familyKind", "receivedDate", "id")`,
    );
    // Covers every combination of the queue's filters, so counting a filtered queue reads no table rows.
    await queryRunner.query(`CREATE INDEX "IDX_registration_filters"
      ON "registration" ("familyKind", "channel", "status", "municipalityId", "receivedDate", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_registration_filters"`);
    await queryRunner.query(`DROP INDEX "IDX_registration_kind"`);
    await queryRunner.query(`ALTER TABLE "registration" DROP COLUMN "familyKind"`);
  }
}
