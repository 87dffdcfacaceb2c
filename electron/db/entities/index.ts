import { AppSettingsEntity } from './AppSettings';
import { AuditEntryEntity } from './AuditEntry';
import { ContractEntity, InstalmentEntity } from './Contract';
import { CoordinatorEntity } from './Coordinator';
import { FamilyEntity, PersonEntity } from './Family';
import { IncidentDocumentEntity } from './IncidentDocument';
import { IncidentEntity, InsurancePolicyEntity } from './Insurance';
import { InsurancePolicyFamilyEntity } from './InsurancePolicyFamily';
import { InsurancePolicyMunicipalityEntity } from './InsurancePolicyMunicipality';
import { InvoiceEntity, PaymentEntity } from './Invoice';
import { InvoiceNumberSequenceEntity } from './InvoiceNumberSequence';
import {
  DocumentTemplateEntity,
  MatchDocumentEntity,
  MatchEntity,
  MatchEvaluationEntity,
  MatchStatusChangeEntity,
} from './Match';
import { MatchChildEntity } from './MatchChild';
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
  InvoiceNumberSequenceEntity,
  InvoiceEntity,
  PaymentEntity,
  MatchEntity,
  MatchChildEntity,
  MatchStatusChangeEntity,
  MatchEvaluationEntity,
  DocumentTemplateEntity,
  MatchDocumentEntity,
  VogEntity,
  VogStatusChangeEntity,
  InsurancePolicyEntity,
  InsurancePolicyMunicipalityEntity,
  InsurancePolicyFamilyEntity,
  IncidentEntity,
  IncidentDocumentEntity,
];
