import { Baseline1795500000000 } from './1795500000000-Baseline';
import { CreateStoredFiles1795500000001 } from './1795500000001-CreateStoredFiles';
import { AddFileReferences1795500000002 } from './1795500000002-AddFileReferences';
import { DropFileNameColumns1795500000003 } from './1795500000003-DropFileNameColumns';
import { CreateTeamRoles1795500000004 } from './1795500000004-CreateTeamRoles';
import { GrantTablesToRoles1795500000005 } from './1795500000005-GrantTablesToRoles';
import { StampActorsByServer1795500000006 } from './1795500000006-StampActorsByServer';
import { LimitAuditReadersByRole1795500000007 } from './1795500000007-LimitAuditReadersByRole';
import { CreateAccountFunctions1795500000008 } from './1795500000008-CreateAccountFunctions';
import { AddVersionToAuditEntries1795500000009 } from './1795500000009-AddVersionToAuditEntries';
import { DropEmployeeName1795500000010 } from './1795500000010-DropEmployeeName';
import { AddPurchaseOrderNumbers1795500000011 } from './1795500000011-AddPurchaseOrderNumbers';
import { RefoldNameKeys1795500000012 } from './1795500000012-RefoldNameKeys';
import { CreatePersonSearch1795500000013 } from './1795500000013-CreatePersonSearch';
import { CreateAccessLog1795500000015 } from './1795500000015-CreateAccessLog';
import { AddVogScanConsent1795500000016 } from './1795500000016-AddVogScanConsent';
import { SearchNamesPerFamily1795500000017 } from './1795500000017-SearchNamesPerFamily';
import { CreateErasureLog1795500000018 } from './1795500000018-CreateErasureLog';
import { WidenRegistrationFamilyIndex1795500000019 } from './1795500000019-WidenRegistrationFamilyIndex';
import { CreateRetentionSchedule1795500000020 } from './1795500000020-CreateRetentionSchedule';
import { WriteSearchIndexDirectly1795500000021 } from './1795500000021-WriteSearchIndexDirectly';
import { AddFamilyToQueueIndex1795500000022 } from './1795500000022-AddFamilyToQueueIndex';

/** PostgreSQL's migrations in order of application, from the baseline that equals SQLite's schema. */
export const postgresMigrations = [
  Baseline1795500000000,
  CreateStoredFiles1795500000001,
  AddFileReferences1795500000002,
  DropFileNameColumns1795500000003,
  CreateTeamRoles1795500000004,
  GrantTablesToRoles1795500000005,
  StampActorsByServer1795500000006,
  LimitAuditReadersByRole1795500000007,
  CreateAccountFunctions1795500000008,
  AddVersionToAuditEntries1795500000009,
  DropEmployeeName1795500000010,
  AddPurchaseOrderNumbers1795500000011,
  RefoldNameKeys1795500000012,
  CreatePersonSearch1795500000013,
  CreateAccessLog1795500000015,
  AddVogScanConsent1795500000016,
  SearchNamesPerFamily1795500000017,
  CreateErasureLog1795500000018,
  WidenRegistrationFamilyIndex1795500000019,
  CreateRetentionSchedule1795500000020,
  WriteSearchIndexDirectly1795500000021,
  AddFamilyToQueueIndex1795500000022,
];
