import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Municipalities that match invoices to purchase orders need the order's number on the e-invoice
 * (SQLite's 1795400000018): optional on a contract, copied onto each invoice made from it. New
 * columns of granted tables need no grants of their own.
 */
export class AddPurchaseOrderNumbers1795500000011 implements MigrationInterface {
  name = 'AddPurchaseOrderNumbers1795500000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality_contract" ADD "purchaseOrderNumber" character varying(50)`);
    await queryRunner.query(`ALTER TABLE "invoice" ADD "purchaseOrderNumber" character varying(50)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invoice" DROP COLUMN "purchaseOrderNumber"`);
    await queryRunner.query(`ALTER TABLE "municipality_contract" DROP COLUMN "purchaseOrderNumber"`);
  }
}
