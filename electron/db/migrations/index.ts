import { CreateSettingsAndAudit1795400000000 } from './1795400000000-CreateSettingsAndAudit';
import { CreateMunicipalitiesAndCoordinators1795400000001 } from './1795400000001-CreateMunicipalitiesAndCoordinators';
import { AddWorkAreaToMunicipalities1795400000002 } from './1795400000002-AddWorkAreaToMunicipalities';
import { CreateFamiliesAndPeople1795400000003 } from './1795400000003-CreateFamiliesAndPeople';
import { CreateRegistrations1795400000004 } from './1795400000004-CreateRegistrations';
import { AddOverdueDaysToSettings1795400000005 } from './1795400000005-AddOverdueDaysToSettings';
import { CreateImportBatches1795400000006 } from './1795400000006-CreateImportBatches';
import { AddFamilyKindToRegistrations1795400000007 } from './1795400000007-AddFamilyKindToRegistrations';
import { CreateInvoiceNumberSequence1795400000008 } from './1795400000008-CreateInvoiceNumberSequence';
import { CreateContractsAndInvoices1795400000009 } from './1795400000009-CreateContractsAndInvoices';
import { CreateMatches1795400000010 } from './1795400000010-CreateMatches';
import { CreateVogAndInsurance1795400000011 } from './1795400000011-CreateVogAndInsurance';
import { CreateStoredFiles1795400000012 } from './1795400000012-CreateStoredFiles';
import { AddFileReferences1795400000013 } from './1795400000013-AddFileReferences';
import { MoveScansIntoDatabase1795400000014 } from './1795400000014-MoveScansIntoDatabase';
import { DropFileNameColumns1795400000015 } from './1795400000015-DropFileNameColumns';
import { AddVersionToAuditEntries1795400000016 } from './1795400000016-AddVersionToAuditEntries';
import { DropEmployeeName1795400000017 } from './1795400000017-DropEmployeeName';
import { AddPurchaseOrderNumbers1795400000018 } from './1795400000018-AddPurchaseOrderNumbers';
import { RefoldNameKeys1795400000019 } from './1795400000019-RefoldNameKeys';
import { CreatePersonSearch1795400000020 } from './1795400000020-CreatePersonSearch';
import { CreateAccessLog1795400000022 } from './1795400000022-CreateAccessLog';
import { AddVogScanConsent1795400000023 } from './1795400000023-AddVogScanConsent';
import { SearchNamesPerFamily1795400000024 } from './1795400000024-SearchNamesPerFamily';
import { CreateErasureLog1795400000025 } from './1795400000025-CreateErasureLog';
import { WidenRegistrationFamilyIndex1795400000026 } from './1795400000026-WidenRegistrationFamilyIndex';
import { CreateRetentionSchedule1795400000027 } from './1795400000027-CreateRetentionSchedule';
import { DeferFamilySearchRows1795400000028 } from './1795400000028-DeferFamilySearchRows';
import { AddFamilyToQueueIndex1795400000029 } from './1795400000029-AddFamilyToQueueIndex';

/** In order of application; an explicit list survives bundling where a glob would not. */
export const migrations = [
  CreateSettingsAndAudit1795400000000,
  CreateMunicipalitiesAndCoordinators1795400000001,
  AddWorkAreaToMunicipalities1795400000002,
  CreateFamiliesAndPeople1795400000003,
  CreateRegistrations1795400000004,
  AddOverdueDaysToSettings1795400000005,
  CreateImportBatches1795400000006,
  AddFamilyKindToRegistrations1795400000007,
  CreateInvoiceNumberSequence1795400000008,
  CreateContractsAndInvoices1795400000009,
  CreateMatches1795400000010,
  CreateVogAndInsurance1795400000011,
  CreateStoredFiles1795400000012,
  AddFileReferences1795400000013,
  MoveScansIntoDatabase1795400000014,
  DropFileNameColumns1795400000015,
  AddVersionToAuditEntries1795400000016,
  DropEmployeeName1795400000017,
  AddPurchaseOrderNumbers1795400000018,
  RefoldNameKeys1795400000019,
  CreatePersonSearch1795400000020,
  CreateAccessLog1795400000022,
  AddVogScanConsent1795400000023,
  SearchNamesPerFamily1795400000024,
  CreateErasureLog1795400000025,
  WidenRegistrationFamilyIndex1795400000026,
  CreateRetentionSchedule1795400000027,
  DeferFamilySearchRows1795400000028,
  AddFamilyToQueueIndex1795400000029,
];
