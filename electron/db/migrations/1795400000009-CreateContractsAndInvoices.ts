import type { MigrationInterface, QueryRunner } from 'typeorm';

const BASE = `"id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "createdAt" varchar(30) NOT NULL,
      "updatedAt" varchar(30) NOT NULL`;

/**
 * Buurtgezinnen's own details (one row), municipality contracts with their instalments, invoices and
 * payments. A final invoice always has a number and a concept never does; a credit invoice refers to
 * the invoice it cancels, at most once.
 */
export class CreateContractsAndInvoices1795400000009 implements MigrationInterface {
  name = 'CreateContractsAndInvoices1795400000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organisation" (${BASE},
      "name" varchar(100) NOT NULL,
      "street" varchar(100), "postcode" varchar(7), "city" varchar(60),
      "email" varchar(254), "phone" varchar(30), "website" varchar(100),
      "kvkNumber" varchar(8), "iban" varchar(34), "bic" varchar(11),
      "vatCategory" varchar(1) NOT NULL DEFAULT ('O') CHECK ("vatCategory" IN ('O', 'E')),
      "vatNumber" varchar(14),
      "vatExemptionText" varchar(300) NOT NULL,
      "logoDataUrl" text)`);
    await queryRunner.query(`INSERT INTO "organisation" ("id", "createdAt", "updatedAt", "name", "vatExemptionText")
      VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        'Stichting Buurtgezinnen', 'Over dit bedrag is de gemeente geen btw verschuldigd.')`);

    await queryRunner.query(`CREATE TABLE "municipality_contract" (${BASE},
      "municipalityId" integer NOT NULL REFERENCES "municipality" ("id"),
      "kind" varchar(12) NOT NULL CHECK ("kind" IN ('proeftuin', 'structureel', 'subsidie')),
      "description" varchar(200) NOT NULL,
      "startDate" varchar(10) NOT NULL,
      "endDate" varchar(10) NOT NULL CHECK ("endDate" >= "startDate"),
      "amountCents" integer NOT NULL CHECK ("amountCents" > 0),
      "targetMatchesPerYear" integer,
      "coordinatorHoursPerWeek" real,
      "billingName" varchar(150) NOT NULL,
      "billingDepartment" varchar(150), "billingContact" varchar(100),
      "billingStreet" varchar(100) NOT NULL, "billingPostcode" varchar(7) NOT NULL, "billingCity" varchar(60) NOT NULL,
      "billingEmail" varchar(254),
      "buyerReference" varchar(100),
      "buyerOin" varchar(20), "buyerKvk" varchar(8),
      "paymentTermDays" integer NOT NULL DEFAULT (30),
      "scheduleTemplate" varchar(20) NOT NULL,
      "partsPerYear" integer,
      "notes" text)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_contract_municipality" ON "municipality_contract" ("municipalityId", "startDate")`,
    );

    await queryRunner.query(`CREATE TABLE "contract_instalment" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "contractId" integer NOT NULL REFERENCES "municipality_contract" ("id") ON DELETE CASCADE,
      "sequence" integer NOT NULL,
      "invoiceDate" varchar(10) NOT NULL,
      "shareBasisPoints" integer NOT NULL,
      "amountCents" integer NOT NULL)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_instalment_sequence" ON "contract_instalment" ("contractId", "sequence")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_instalment_due" ON "contract_instalment" ("invoiceDate", "contractId")`);

    await queryRunner.query(`CREATE TABLE "invoice" (${BASE},
      "kind" varchar(7) NOT NULL CHECK ("kind" IN ('invoice', 'credit')),
      "status" varchar(7) NOT NULL CHECK ("status" IN ('concept', 'final')),
      "number" varchar(9) UNIQUE,
      "contractId" integer NOT NULL REFERENCES "municipality_contract" ("id"),
      "municipalityId" integer NOT NULL REFERENCES "municipality" ("id"),
      "instalmentId" integer REFERENCES "contract_instalment" ("id") ON DELETE SET NULL,
      "creditedInvoiceId" integer UNIQUE REFERENCES "invoice" ("id"),
      "invoiceDate" varchar(10) NOT NULL,
      "dueDate" varchar(10) NOT NULL,
      "description" varchar(300) NOT NULL,
      "amountCents" integer NOT NULL,
      "issued" text,
      "finalizedAt" varchar(30),
      "sentDate" varchar(10),
      "reminderDate" varchar(10),
      CHECK (("status" = 'final') = ("number" IS NOT NULL)),
      CHECK (("kind" = 'credit') = ("creditedInvoiceId" IS NOT NULL)),
      CHECK (("kind" = 'credit') = ("amountCents" < 0)))`);
    await queryRunner.query(`CREATE INDEX "IDX_invoice_instalment" ON "invoice" ("instalmentId")`);
    await queryRunner.query(`CREATE INDEX "IDX_invoice_municipality" ON "invoice" ("municipalityId", "invoiceDate")`);
    await queryRunner.query(`CREATE INDEX "IDX_invoice_contract" ON "invoice" ("contractId")`);

    await queryRunner.query(`CREATE TABLE "invoice_payment" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "invoiceId" integer NOT NULL REFERENCES "invoice" ("id"),
      "paidOn" varchar(10) NOT NULL,
      "amountCents" integer NOT NULL CHECK ("amountCents" > 0),
      "createdAt" varchar(30) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_payment_invoice" ON "invoice_payment" ("invoiceId")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'invoice_payment',
      'invoice',
      'contract_instalment',
      'municipality_contract',
      'organisation',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
