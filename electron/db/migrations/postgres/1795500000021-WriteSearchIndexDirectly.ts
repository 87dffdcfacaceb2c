import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GIN's "fast update" collects new entries in a pending list that every search reads in full, until
 * a vacuum or analyze of the table moves them into the index; after an import that is thousands of
 * entries for hours, and the name search took twice as long in the benchmark. The backoffice
 * searches all day and writes people a few at a time, so each write now puts its trigrams in the
 * index at once (an import pays for that), and the list left behind is moved in now.
 */
export class WriteSearchIndexDirectly1795500000021 implements MigrationInterface {
  name = 'WriteSearchIndexDirectly1795500000021';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER INDEX "IDX_family_search_trigram" SET (fastupdate = off)`);
    await queryRunner.query(`SELECT gin_clean_pending_list('"IDX_family_search_trigram"'::regclass)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER INDEX "IDX_family_search_trigram" RESET (fastupdate)`);
  }
}
