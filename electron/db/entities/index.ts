import { AppSettingsEntity } from './AppSettings';
import { AuditEntryEntity } from './AuditEntry';
import { CoordinatorEntity } from './Coordinator';
import { MunicipalityEntity } from './Municipality';

export const entities = [AppSettingsEntity, AuditEntryEntity, CoordinatorEntity, MunicipalityEntity];
