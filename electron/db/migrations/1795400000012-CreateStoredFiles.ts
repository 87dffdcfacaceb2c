import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attached files, kept in the database itself rather than in the data folder's `scans/`, so that
 * colleagues on a shared database see them and every backup holds them.
 */
export class CreateStoredFiles1795400000012 implements MigrationInterface {
  name = 'CreateStoredFiles1795400000012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "stored_file" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "content" blob NOT NULL,
      "mediaType" varchar(100) NOT NULL,
      "fileName" varchar(200) NOT NULL,
      "sizeBytes" integer NOT NULL,
      "sha256" varchar(64) NOT NULL,
      "createdAt" varchar(30) NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "stored_file"`);
  }
}
