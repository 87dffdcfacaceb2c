import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refoldNameKeys } from './name-keys';

/**
 * Name keys fold the letters a Dutch keyboard does not type: "Yılmaz" (dotless ı) is found by
 * "yilmaz", "Straße" by "strasse". The search and the duplicate check compare typed text folded the
 * same way, so the keys already stored are folded again. The old keys cannot be told back from the
 * new ones; down leaves them, and they still find every name that has no such letter.
 */
export class RefoldNameKeys1795400000019 implements MigrationInterface {
  name = 'RefoldNameKeys1795400000019';

  async up(queryRunner: QueryRunner): Promise<void> {
    await refoldNameKeys(queryRunner, 'sqlite');
  }

  async down(): Promise<void> {}
}
