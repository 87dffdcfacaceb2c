import { EntitySchema } from 'typeorm';
import type { ContractTerms } from '../../../shared/api/contracts';
import { baseColumns, type BaseRecord } from './base';
import type { Municipality } from './Municipality';

/** A municipality's contract (opdracht): what it pays, when, and where the invoices go. */
export interface Contract extends BaseRecord, ContractTerms {
  municipality?: Municipality;
}

/** One part of a contract's schedule. */
export interface Instalment {
  id: number;
  contractId: number;
  sequence: number;
  invoiceDate: string;
  shareBasisPoints: number;
  amountCents: number;
}

const text = (length: number) => ({ type: 'varchar' as const, length, nullable: true });

export const ContractEntity = new EntitySchema<Contract>({
  name: 'municipality_contract',
  columns: {
    ...baseColumns,
    municipalityId: { type: 'integer' },
    kind: { type: 'varchar', length: 12 },
    description: { type: 'varchar', length: 200 },
    startDate: { type: 'varchar', length: 10 },
    endDate: { type: 'varchar', length: 10 },
    amountCents: { type: 'integer' },
    targetMatchesPerYear: { type: 'integer', nullable: true },
    coordinatorHoursPerWeek: { type: 'real', nullable: true },
    billingName: { type: 'varchar', length: 150 },
    billingDepartment: text(150),
    billingContact: text(100),
    billingStreet: { type: 'varchar', length: 100 },
    billingPostcode: { type: 'varchar', length: 7 },
    billingCity: { type: 'varchar', length: 60 },
    billingEmail: text(254),
    buyerReference: text(100),
    purchaseOrderNumber: text(50),
    buyerOin: text(20),
    buyerKvk: text(8),
    paymentTermDays: { type: 'integer', default: 30 },
    scheduleTemplate: { type: 'varchar', length: 20 },
    partsPerYear: { type: 'integer', nullable: true },
    notes: { type: 'text', nullable: true },
  },
  relations: {
    municipality: { type: 'many-to-one', target: 'municipality', joinColumn: { name: 'municipalityId' } },
  },
  indices: [{ name: 'IDX_contract_municipality', columns: ['municipalityId', 'startDate'] }],
  checks: [
    { expression: `"kind" IN ('proeftuin', 'structureel', 'subsidie')` },
    { expression: `"endDate" >= "startDate"` },
    { expression: `"amountCents" > 0` },
  ],
});

export const InstalmentEntity = new EntitySchema<Instalment>({
  name: 'contract_instalment',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    contractId: { type: 'integer', foreignKey: { target: 'municipality_contract', onDelete: 'CASCADE' } },
    sequence: { type: 'integer' },
    invoiceDate: { type: 'varchar', length: 10 },
    shareBasisPoints: { type: 'integer' },
    amountCents: { type: 'integer' },
  },
  indices: [
    { name: 'UQ_instalment_sequence', columns: ['contractId', 'sequence'], unique: true },
    { name: 'IDX_instalment_due', columns: ['invoiceDate', 'contractId'] },
  ],
});
