import type { z } from 'zod';
import { accountOperations } from './accounts';
import { auditOperations } from './audit';
import { connectionOperations } from './connection';
import { contractOperations } from './contracts';
import { familyOperations } from './families';
import { importOperations } from './imports';
import { insuranceOperations } from './insurance';
import { invoiceOperations } from './invoices';
import { listOperations } from './lists';
import { matchOperations } from './matches';
import { municipalityOperations } from './municipalities';
import { combineAreas } from './operation';
import { organisationOperations } from './organisation';
import { presenceOperations } from './presence';
import { privacyOperations } from './privacy';
import { registrationOperations } from './registrations';
import { settingsOperations } from './settings';
import { vogOperations } from './vog';

/** Every operation the renderer may ask of the main process, declared once. */
export const contract = combineAreas(
  accountOperations,
  municipalityOperations,
  familyOperations,
  registrationOperations,
  importOperations,
  settingsOperations,
  connectionOperations,
  organisationOperations,
  contractOperations,
  invoiceOperations,
  matchOperations,
  vogOperations,
  insuranceOperations,
  auditOperations,
  presenceOperations,
  listOperations,
  privacyOperations,
);

type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What the caller sends (before defaults and trimming). */
export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
/** What a handler receives, after validation. */
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends OperationName> = Contract[K]['output'];

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
