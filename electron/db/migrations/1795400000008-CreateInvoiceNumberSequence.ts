import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per year with the last invoice number given out, so numbers run on without gaps. */
export class CreateInvoiceNumberSequence1795400000008 implements MigrationInterface {
  name = 'CreateInvoiceNumberSequence1795400000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "invoice_number_sequence" (
      "year" integer PRIMARY KEY NOT NULL,
      "lastNumber" integer NOT NULL CHECK ("lastNumber" >= 0))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "invoice_number_sequence"`);
  }
}
