import { AppSettingsEntity } from './AppSettings';
import { AuditEntryEntity } from './AuditEntry';
import { CoordinatorEntity } from './Coordinator';
import { FamilyEntity, PersonEntity } from './Family';
import { MunicipalityEntity } from './Municipality';
import { ImportBatchEntity, RegistrationEntity, RegistrationStatusChangeEntity } from './Registration';

export const entities = [
  AppSettingsEntity, AuditEntryEntity, CoordinatorEntity, MunicipalityEntity,
  FamilyEntity, PersonEntity, RegistrationEntity, RegistrationStatusChangeEntity, ImportBatchEntity,
];
