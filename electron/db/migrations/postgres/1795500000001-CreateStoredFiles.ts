import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Attached files, kept in the database itself (SQLite's 1795400000012). */
export class CreateStoredFiles1795500000001 implements MigrationInterface {
  name = 'CreateStoredFiles1795500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stored_file" ("id" SERIAL NOT NULL, "content" bytea NOT NULL, "mediaType" character varying(100) NOT NULL, "fileName" character varying(200) NOT NULL, "sizeBytes" integer NOT NULL, "sha256" character varying(64) NOT NULL, "createdAt" character varying(30) NOT NULL, CONSTRAINT "PK_e140967af84027b493a3ff04fbb" PRIMARY KEY ("id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "stored_file"`);
  }
}
