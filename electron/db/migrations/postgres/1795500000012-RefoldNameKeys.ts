import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refoldNameKeys } from '../name-keys';

/** As SQLite's 1795400000019: stored name keys folded again, so "yilmaz" finds "Yılmaz". */
export class RefoldNameKeys1795500000012 implements MigrationInterface {
  name = 'RefoldNameKeys1795500000012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await refoldNameKeys(queryRunner, 'postgres');
  }

  async down(): Promise<void> {}
}
