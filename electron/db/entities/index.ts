import type { Engine } from '../sql';
import { AccessLogEntity } from './AccessLog';
import { AppSettingsEntity } from './AppSettings';
import { AuditEntryEntity } from './AuditEntry';
import { ContractEntity, InstalmentEntity } from './Contract';
import { CoordinatorEntity } from './Coordinator';
import { ErasureLogEntity } from './ErasureLog';
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
import { RetentionRuleEntity, RetentionRunEntity } from './Retention';
import { StoredFileEntity } from './StoredFile';
import { VogEntity, VogStatusChangeEntity } from './Vog';

const sharedEntities = [
  AppSettingsEntity,
  AuditEntryEntity,
  AccessLogEntity,
  ErasureLogEntity,
  RetentionRuleEntity,
  RetentionRunEntity,
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

/** One engine's entities: the same on both but for the column that holds a stored file's bytes. */
export function entitiesFor(engine: Engine) {
  return [...sharedEntities, StoredFileEntity[engine]];
}
