import { AppSettingsEntity } from './AppSettings';
import { AuditEntryEntity } from './AuditEntry';
import { ContractEntity, InstalmentEntity } from './Contract';
import { CoordinatorEntity } from './Coordinator';
import { FamilyEntity, PersonEntity } from './Family';
import { IncidentEntity, InsurancePolicyEntity } from './Insurance';
import { InvoiceEntity, PaymentEntity } from './Invoice';
import {
  DocumentTemplateEntity,
  MatchDocumentEntity,
  MatchEntity,
  MatchEvaluationEntity,
  MatchStatusChangeEntity,
} from './Match';
import { MunicipalityEntity } from './Municipality';
import { OrganisationEntity } from './Organisation';
import { ImportBatchEntity, RegistrationEntity, RegistrationStatusChangeEntity } from './Registration';
import { VogEntity, VogStatusChangeEntity } from './Vog';

export const entities = [
  AppSettingsEntity,
  AuditEntryEntity,
  CoordinatorEntity,
  MunicipalityEntity,
  FamilyEntity,
  PersonEntity,
  RegistrationEntity,
  RegistrationStatusChangeEntity,
  ImportBatchEntity,
  OrganisationEntity,
  ContractEntity,
  InstalmentEntity,
  InvoiceEntity,
  PaymentEntity,
  MatchEntity,
  MatchStatusChangeEntity,
  MatchEvaluationEntity,
  DocumentTemplateEntity,
  MatchDocumentEntity,
  VogEntity,
  VogStatusChangeEntity,
  InsurancePolicyEntity,
  IncidentEntity,
];
