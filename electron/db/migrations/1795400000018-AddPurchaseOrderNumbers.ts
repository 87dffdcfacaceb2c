import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Municipalities that match invoices to purchase orders need the order's number on the e-invoice
 * (cac:OrderReference): optional on a contract, and copied onto each invoice made from it, where a
 * concept can still change it. Contracts and invoices made before have none.
 */
export class AddPurchaseOrderNumbers1795400000018 implements MigrationInterface {
  name = 'AddPurchaseOrderNumbers1795400000018';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality_contract" ADD COLUMN "purchaseOrderNumber" varchar(50)`);
    await queryRunner.query(`ALTER TABLE "invoice" ADD COLUMN "purchaseOrderNumber" varchar(50)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invoice" DROP COLUMN "purchaseOrderNumber"`);
    await queryRunner.query(`ALTER TABLE "municipality_contract" DROP COLUMN "purchaseOrderNumber"`);
  }
}
