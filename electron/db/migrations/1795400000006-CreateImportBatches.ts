import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateImportBatches1795400000006 implements MigrationInterface {
  name = 'CreateImportBatches1795400000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "import_batch" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "createdAt" varchar(30) NOT NULL,
      "updatedAt" varchar(30) NOT NULL,
      "fileName" varchar(255) NOT NULL,
      "importedRows" integer NOT NULL,
      "skippedRows" integer NOT NULL)`);
    await queryRunner.query(
      `ALTER TABLE "registration" ADD COLUMN "importBatchId" integer REFERENCES "import_batch" ("id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registration" DROP COLUMN "importBatchId"`);
    await queryRunner.query(`DROP TABLE "import_batch"`);
  }
}
