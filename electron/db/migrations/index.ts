import { CreateSettingsAndAudit1795400000000 } from './1795400000000-CreateSettingsAndAudit';
import { CreateMunicipalitiesAndCoordinators1795400000001 } from './1795400000001-CreateMunicipalitiesAndCoordinators';

/** In order of application; an explicit list survives bundling where a glob would not. */
export const migrations = [CreateSettingsAndAudit1795400000000, CreateMunicipalitiesAndCoordinators1795400000001];
