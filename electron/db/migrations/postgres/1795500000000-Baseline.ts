import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CONTRACT_TEMPLATE, HOUSE_RULES_TEMPLATE } from './baseline-templates';

/**
 * PostgreSQL's schema as SQLite's migrations 1795400000000-1795400000011 left it, generated once
 * from the entities (TypeORM's schema builder) and frozen here; the schema-drift test keeps the two
 * equal from now on. Case-insensitive unique municipality names need an expression index, which an
 * entity cannot declare.
 */
const SCHEMA = [
  'CREATE TABLE "app_settings" ("id" integer NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "employeeName" character varying(100), "overdueDays" integer NOT NULL DEFAULT \'14\', "vogAllAdults" boolean NOT NULL DEFAULT true, "vogRequestWeeks" integer NOT NULL DEFAULT \'8\', "vogNewMatchMonths" integer NOT NULL DEFAULT \'3\', "vogRenewYears" integer NOT NULL DEFAULT \'3\', CONSTRAINT "PK_4800b266ba790931744b3e53a74" PRIMARY KEY ("id"))',
  'CREATE TABLE "audit_entry" ("id" SERIAL NOT NULL, "at" character varying(30) NOT NULL, "actor" character varying(100) NOT NULL, "operation" character varying(80) NOT NULL, "entityType" character varying(40) NOT NULL, "entityId" integer NOT NULL, "changes" text NOT NULL, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_audit_entry_record" ON "audit_entry" ("entityType", "entityId")',
  'CREATE TABLE "coordinator" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "name" character varying(100) NOT NULL, "email" character varying(254), "phone" character varying(30), "notes" text, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_31d88958e3ba9793abccb0d9aba" PRIMARY KEY ("id"))',
  'CREATE TABLE "municipality" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "name" character varying(100) NOT NULL, "province" character varying(30), "email" character varying(254), "phone" character varying(30), "notes" text, "active" boolean NOT NULL DEFAULT true, "postcodeRanges" character varying(500) NOT NULL DEFAULT \'\', "places" character varying(500), CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id"))',
  'CREATE TABLE "family" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "kind" character varying(5) NOT NULL, "street" character varying(100) NOT NULL, "houseNumber" character varying(5) NOT NULL, "houseNumberAddition" character varying(10), "postcode" character varying(7) NOT NULL, "place" character varying(80) NOT NULL, "phone" character varying(30), "email" character varying(254), "municipalityId" integer, "notes" text, CONSTRAINT "CHK_3469ac453a938bf03dec59df4d" CHECK ("kind" IN (\'vraag\', \'steun\')), CONSTRAINT "PK_ba386a5a59c3de8593cda4e5626" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_family_postcode" ON "family" ("postcode", "houseNumber")',
  'CREATE INDEX "IDX_family_email" ON "family" ("email")',
  'CREATE INDEX "IDX_family_phone" ON "family" ("phone")',
  'CREATE TABLE "person" ("id" SERIAL NOT NULL, "familyId" integer NOT NULL, "firstName" character varying(60) NOT NULL, "lastName" character varying(80) NOT NULL, "birthDate" character varying(10) NOT NULL, "role" character varying(10) NOT NULL, "firstNameKey" character varying(60) NOT NULL, "lastNameKey" character varying(80) NOT NULL, CONSTRAINT "CHK_5efac6a3a0965f2b3a3b319e8e" CHECK ("role" IN (\'ouder\', \'kind\', \'overig\')), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_person_family" ON "person" ("familyId")',
  'CREATE INDEX "IDX_person_last_name" ON "person" ("lastNameKey", "familyId")',
  'CREATE INDEX "IDX_person_first_name" ON "person" ("firstNameKey", "familyId")',
  'CREATE INDEX "IDX_person_birth_date" ON "person" ("birthDate", "firstNameKey", "lastNameKey", "familyId")',
  'CREATE TABLE "registration" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "familyId" integer NOT NULL, "familyKind" character varying(5) NOT NULL DEFAULT \'vraag\', "municipalityId" integer, "coordinatorId" integer, "receivedDate" character varying(10) NOT NULL, "channel" character varying(10) NOT NULL, "referrerOrganisation" character varying(120), "referrerType" character varying(20), "referrerContact" character varying(120), "question" text, "status" character varying(20) NOT NULL, "referredTo" character varying(120), "handedOverDate" character varying(10), "duplicateSuspected" boolean NOT NULL DEFAULT false, "importKey" character varying(64), "importBatchId" integer, CONSTRAINT "CHK_253a7893d7a2bb68aa1c6a4894" CHECK ("channel" IN (\'zelf\', \'verwijzer\')), CONSTRAINT "PK_cb23dc9d28df8801b15e9e2b8d6" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_registration_queue" ON "registration" ("status", "receivedDate", "id")',
  'CREATE INDEX "IDX_registration_received" ON "registration" ("receivedDate", "id")',
  'CREATE INDEX "IDX_registration_municipality" ON "registration" ("municipalityId", "status")',
  'CREATE INDEX "IDX_registration_family" ON "registration" ("familyId")',
  'CREATE UNIQUE INDEX "UQ_registration_import_key" ON "registration" ("importKey")',
  'CREATE INDEX "IDX_registration_kind" ON "registration" ("familyKind", "receivedDate", "id")',
  'CREATE INDEX "IDX_registration_filters" ON "registration" ("familyKind", "channel", "status", "municipalityId", "receivedDate", "id")',
  'CREATE TABLE "registration_status_change" ("id" SERIAL NOT NULL, "registrationId" integer NOT NULL, "at" character varying(30) NOT NULL, "actor" character varying(100) NOT NULL, "fromStatus" character varying(20), "toStatus" character varying(20) NOT NULL, "reason" text, CONSTRAINT "PK_4446238d6beee603dc7274555ce" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_registration_status_change_registration" ON "registration_status_change" ("registrationId")',
  'CREATE TABLE "import_batch" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "fileName" character varying(255) NOT NULL, "importedRows" integer NOT NULL, "skippedRows" integer NOT NULL, CONSTRAINT "PK_f408daa3bbc77ffc37eca041312" PRIMARY KEY ("id"))',
  'CREATE TABLE "organisation" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "name" character varying(100) NOT NULL, "street" character varying(100), "postcode" character varying(7), "city" character varying(60), "email" character varying(254), "phone" character varying(30), "website" character varying(100), "kvkNumber" character varying(8), "iban" character varying(34), "bic" character varying(11), "vatCategory" character varying(1) NOT NULL DEFAULT \'O\', "vatNumber" character varying(14), "vatExemptionText" character varying(300) NOT NULL, "logoDataUrl" text, CONSTRAINT "CHK_be3e87496635c59b3d23e9a4a8" CHECK ("vatCategory" IN (\'O\', \'E\')), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))',
  'CREATE TABLE "municipality_contract" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "municipalityId" integer NOT NULL, "kind" character varying(12) NOT NULL, "description" character varying(200) NOT NULL, "startDate" character varying(10) NOT NULL, "endDate" character varying(10) NOT NULL, "amountCents" integer NOT NULL, "targetMatchesPerYear" integer, "coordinatorHoursPerWeek" real, "billingName" character varying(150) NOT NULL, "billingDepartment" character varying(150), "billingContact" character varying(100), "billingStreet" character varying(100) NOT NULL, "billingPostcode" character varying(7) NOT NULL, "billingCity" character varying(60) NOT NULL, "billingEmail" character varying(254), "buyerReference" character varying(100), "buyerOin" character varying(20), "buyerKvk" character varying(8), "paymentTermDays" integer NOT NULL DEFAULT \'30\', "scheduleTemplate" character varying(20) NOT NULL, "partsPerYear" integer, "notes" text, CONSTRAINT "CHK_3e411388a3041e03538c6028d3" CHECK ("kind" IN (\'proeftuin\', \'structureel\', \'subsidie\')), CONSTRAINT "CHK_e01d1ec862431f04309247b687" CHECK ("endDate" >= "startDate"), CONSTRAINT "CHK_079f4bbbba07a48567add3489f" CHECK ("amountCents" > 0), CONSTRAINT "PK_582047270e63bf86f9c10051670" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_contract_municipality" ON "municipality_contract" ("municipalityId", "startDate")',
  'CREATE TABLE "contract_instalment" ("id" SERIAL NOT NULL, "contractId" integer NOT NULL, "sequence" integer NOT NULL, "invoiceDate" character varying(10) NOT NULL, "shareBasisPoints" integer NOT NULL, "amountCents" integer NOT NULL, CONSTRAINT "PK_b32c346bcad1bf9a3d7d0c446c6" PRIMARY KEY ("id"))',
  'CREATE UNIQUE INDEX "UQ_instalment_sequence" ON "contract_instalment" ("contractId", "sequence")',
  'CREATE INDEX "IDX_instalment_due" ON "contract_instalment" ("invoiceDate", "contractId")',
  'CREATE TABLE "invoice_number_sequence" ("year" integer NOT NULL, "lastNumber" integer NOT NULL, CONSTRAINT "CHK_2d09ea8c098baff758dca89986" CHECK ("lastNumber" >= 0), CONSTRAINT "PK_5ef9f352760ed86e6ebddfd8696" PRIMARY KEY ("year"))',
  'CREATE TABLE "invoice" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "kind" character varying(7) NOT NULL, "status" character varying(7) NOT NULL, "number" character varying(9), "contractId" integer NOT NULL, "municipalityId" integer NOT NULL, "instalmentId" integer, "creditedInvoiceId" integer, "invoiceDate" character varying(10) NOT NULL, "dueDate" character varying(10) NOT NULL, "description" character varying(300) NOT NULL, "amountCents" integer NOT NULL, "issued" text, "finalizedAt" character varying(30), "sentDate" character varying(10), "reminderDate" character varying(10), CONSTRAINT "UQ_60284980bc8b9c624459948f4ac" UNIQUE ("number"), CONSTRAINT "UQ_95103e2638be49ff9b267da589f" UNIQUE ("creditedInvoiceId"), CONSTRAINT "CHK_b44b4e3ff01ab87c3d3a5b4194" CHECK ("kind" IN (\'invoice\', \'credit\')), CONSTRAINT "CHK_1470fdb74937b0838bfb3e7060" CHECK ("status" IN (\'concept\', \'final\')), CONSTRAINT "CHK_4f80dad44b2cc7634cecc013b0" CHECK (("status" = \'final\') = ("number" IS NOT NULL)), CONSTRAINT "CHK_bddf862c3288657d1737a50619" CHECK (("kind" = \'credit\') = ("creditedInvoiceId" IS NOT NULL)), CONSTRAINT "CHK_19be24ef1049ea2086a61fd6e4" CHECK (("kind" = \'credit\') = ("amountCents" < 0)), CONSTRAINT "PK_15d25c200d9bcd8a33f698daf18" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_invoice_instalment" ON "invoice" ("instalmentId")',
  'CREATE INDEX "IDX_invoice_municipality" ON "invoice" ("municipalityId", "invoiceDate")',
  'CREATE INDEX "IDX_invoice_contract" ON "invoice" ("contractId")',
  'CREATE TABLE "invoice_payment" ("id" SERIAL NOT NULL, "invoiceId" integer NOT NULL, "paidOn" character varying(10) NOT NULL, "amountCents" integer NOT NULL, "createdAt" character varying(30) NOT NULL, CONSTRAINT "CHK_0a72316b056733e564ed6c653f" CHECK ("amountCents" > 0), CONSTRAINT "PK_b63cfba23ecc43531b5c571ffa3" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_payment_invoice" ON "invoice_payment" ("invoiceId")',
  'CREATE TABLE "match" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "requestingFamilyId" integer NOT NULL, "supportFamilyId" integer NOT NULL, "municipalityId" integer NOT NULL, "coordinatorId" integer, "status" character varying(20) NOT NULL, "supportKinds" character varying(100) NOT NULL DEFAULT \'\', "supportOther" character varying(200), "frequency" character varying(200), "agreements" text, "proposedDate" character varying(10) NOT NULL, "startDate" character varying(10), "endDate" character varying(10), "endReason" character varying(30), "endReasonText" character varying(300), "childResults" character varying(200), "parentResults" character varying(200), "professionalHelp" character varying(30), CONSTRAINT "CHK_761a1d9d9a9f7d7db8ece83210" CHECK ("requestingFamilyId" <> "supportFamilyId"), CONSTRAINT "PK_92b6c3a6631dd5b24a67c69f69d" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_match_municipality" ON "match" ("municipalityId", "status")',
  'CREATE INDEX "IDX_match_families" ON "match" ("requestingFamilyId", "supportFamilyId")',
  'CREATE INDEX "IDX_match_support_family" ON "match" ("supportFamilyId")',
  'CREATE TABLE "match_child" ("matchId" integer NOT NULL, "personId" integer NOT NULL, CONSTRAINT "PK_ad46d63a8e45ea5dcc284583b0f" PRIMARY KEY ("matchId", "personId"))',
  'CREATE TABLE "match_status_change" ("id" SERIAL NOT NULL, "matchId" integer NOT NULL, "at" character varying(30) NOT NULL, "date" character varying(10) NOT NULL, "actor" character varying(100) NOT NULL, "fromStatus" character varying(20), "toStatus" character varying(20) NOT NULL, "reason" text, CONSTRAINT "PK_8fa95df0fcf2a5dbf92788c6415" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_match_status_change_match" ON "match_status_change" ("matchId")',
  'CREATE TABLE "match_evaluation" ("id" SERIAL NOT NULL, "matchId" integer NOT NULL, "sequence" integer NOT NULL, "heldDate" character varying(10) NOT NULL, "outcome" character varying(10) NOT NULL, "notes" text, "createdAt" character varying(30) NOT NULL, CONSTRAINT "CHK_5ee08744e632da9c5b25467a91" CHECK ("outcome" IN (\'doorgaan\', \'aanpassen\', \'stoppen\')), CONSTRAINT "PK_78ceda9004311e77a335bdbdfad" PRIMARY KEY ("id"))',
  'CREATE UNIQUE INDEX "UQ_match_evaluation" ON "match_evaluation" ("matchId", "sequence")',
  'CREATE TABLE "document_template" ("id" SERIAL NOT NULL, "kind" character varying(12) NOT NULL, "templateVersion" integer NOT NULL, "title" character varying(100) NOT NULL, "body" text NOT NULL, "createdAt" character varying(30) NOT NULL, "actor" character varying(100) NOT NULL, CONSTRAINT "CHK_c4de0a6ef3f72239524f66a10e" CHECK ("kind" IN (\'contract\', \'huisregels\')), CONSTRAINT "PK_0e9c5bda0dd75f3bde7ae176c62" PRIMARY KEY ("id"))',
  'CREATE UNIQUE INDEX "UQ_document_template" ON "document_template" ("kind", "templateVersion")',
  'CREATE TABLE "match_document" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "matchId" integer NOT NULL, "templateId" integer NOT NULL, "values" text NOT NULL, "status" character varying(12) NOT NULL, "signedDate" character varying(10), "scanFile" character varying(200), CONSTRAINT "CHK_f6628b7794397fb3fe5a4f68cf" CHECK ("status" IN (\'aangemaakt\', \'afgedrukt\', \'ondertekend\')), CONSTRAINT "PK_587be94dd9403e597357c1b7c47" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_match_document_match" ON "match_document" ("matchId")',
  'CREATE TABLE "vog" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "personId" integer NOT NULL, "status" character varying(20) NOT NULL, "requestedDate" character varying(10), "requestReference" character varying(50), "freeScheme" boolean NOT NULL DEFAULT false, "issueDate" character varying(10), "checkedBy" character varying(100), "screeningProfile" character varying(100), "decisionDate" character varying(10), "notes" text, "scanFile" character varying(200), CONSTRAINT "UQ_b07f658265fc7ea62b7909a0bb5" UNIQUE ("personId"), CONSTRAINT "CHK_c9554bc9885da170d92cd9dec3" CHECK ("status" IN (\'aangevraagd\', \'ontvangen\', \'voornemen_weigering\', \'geweigerd\', \'verlopen_aanvraag\')), CONSTRAINT "PK_7e9d022dc2192c6e8959a052959" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_vog_status" ON "vog" ("status", "requestedDate")',
  'CREATE TABLE "vog_status_change" ("id" SERIAL NOT NULL, "vogId" integer NOT NULL, "at" character varying(30) NOT NULL, "date" character varying(10) NOT NULL, "actor" character varying(100) NOT NULL, "fromStatus" character varying(20) NOT NULL, "toStatus" character varying(20) NOT NULL, "notes" text, CONSTRAINT "PK_2a1e14ed75e1341ddaadbb3bd97" PRIMARY KEY ("id"))',
  'CREATE INDEX "IDX_vog_status_change_vog" ON "vog_status_change" ("vogId")',
  'CREATE TABLE "insurance_policy" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "insurer" character varying(100) NOT NULL, "policyNumber" character varying(50) NOT NULL, "coverKind" character varying(20) NOT NULL, "coverOther" character varying(100), "takenOutBy" character varying(10) NOT NULL, "allMunicipalities" boolean NOT NULL DEFAULT false, "startDate" character varying(10) NOT NULL, "endDate" character varying(10), "insuredAmounts" character varying(300), "contactName" character varying(100), "contactEmail" character varying(254), "contactPhone" character varying(30), "conditionsFile" character varying(200), "notes" text, CONSTRAINT "CHK_030da3f519da87eb4ad0a2693a" CHECK ("coverKind" IN (\'aansprakelijkheid\', \'ongevallen\', \'rechtsbijstand\', \'inzittenden\', \'anders\')), CONSTRAINT "CHK_33de9cf9d92b884eb2e31ae632" CHECK ("takenOutBy" IN (\'stichting\', \'gemeente\')), CONSTRAINT "CHK_1ade5231a103936dc43293ef90" CHECK ("endDate" IS NULL OR "endDate" >= "startDate"), CONSTRAINT "PK_c4c50dbcf89b2b5c90e0cfda67d" PRIMARY KEY ("id"))',
  'CREATE TABLE "insurance_policy_municipality" ("policyId" integer NOT NULL, "municipalityId" integer NOT NULL, CONSTRAINT "PK_65f45347058d9fe4bf1c3e516ea" PRIMARY KEY ("policyId", "municipalityId"))',
  'CREATE TABLE "insurance_policy_family" ("policyId" integer NOT NULL, "familyId" integer NOT NULL, CONSTRAINT "PK_cf9eb23c1c32f258bd4a2b204c4" PRIMARY KEY ("policyId", "familyId"))',
  'CREATE TABLE "insurance_incident" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "createdAt" character varying(30) NOT NULL, "updatedAt" character varying(30) NOT NULL, "date" character varying(10) NOT NULL, "matchId" integer NOT NULL, "policyId" integer, "description" text NOT NULL, "claimNumber" character varying(50), "status" character varying(15) NOT NULL, "amountCents" integer, CONSTRAINT "CHK_d653fa9391f837405a6dcefe32" CHECK ("status" IN (\'gemeld\', \'in_behandeling\', \'afgewezen\', \'uitgekeerd\')), CONSTRAINT "PK_8aa9e5d3e75663c5ef0e5bee3d5" PRIMARY KEY ("id"))',
  'CREATE TABLE "insurance_incident_document" ("id" SERIAL NOT NULL, "incidentId" integer NOT NULL, "fileName" character varying(200) NOT NULL, "file" character varying(200) NOT NULL, "createdAt" character varying(30) NOT NULL, CONSTRAINT "PK_63e13fa00b6d1d194426b467036" PRIMARY KEY ("id"))',
  'CREATE TABLE "municipality_coordinator" ("municipalityId" integer NOT NULL, "coordinatorId" integer NOT NULL, CONSTRAINT "PK_2cf2c9e033c16a001e3802945f9" PRIMARY KEY ("municipalityId", "coordinatorId"))',
  'CREATE INDEX "IDX_2ffd88b1cc671e51611e6d5631" ON "municipality_coordinator" ("municipalityId")',
  'CREATE INDEX "IDX_cf726871cb78ed042255b46ea4" ON "municipality_coordinator" ("coordinatorId")',
  'ALTER TABLE "family" ADD CONSTRAINT "FK_8177b8089e5d5b2875d0a77804b" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "person" ADD CONSTRAINT "FK_0c1da4a2636be3b0512fa1ceaa8" FOREIGN KEY ("familyId") REFERENCES "family"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "registration" ADD CONSTRAINT "FK_c89f1a64593a2b89236fe63b746" FOREIGN KEY ("familyId") REFERENCES "family"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "registration" ADD CONSTRAINT "FK_a8769a9b096ce5d204a0e2653a5" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "registration" ADD CONSTRAINT "FK_e97d94c505ed417bab5f1ea6b96" FOREIGN KEY ("coordinatorId") REFERENCES "coordinator"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "registration" ADD CONSTRAINT "FK_3b4151ee3452e27646238069857" FOREIGN KEY ("importBatchId") REFERENCES "import_batch"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "registration_status_change" ADD CONSTRAINT "FK_dde01a7a751285564545fe8ac50" FOREIGN KEY ("registrationId") REFERENCES "registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "municipality_contract" ADD CONSTRAINT "FK_8ebcea80891bb4c70bf3a8ee3a7" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "contract_instalment" ADD CONSTRAINT "FK_b6045e0c323defd74fd1491fb8d" FOREIGN KEY ("contractId") REFERENCES "municipality_contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "invoice" ADD CONSTRAINT "FK_51fd47e65bdbb4bc565795feea1" FOREIGN KEY ("contractId") REFERENCES "municipality_contract"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "invoice" ADD CONSTRAINT "FK_c7e5f6d7a0c0fdf29d3e1c9b026" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "invoice" ADD CONSTRAINT "FK_9b7f60c8056fc7ed2d937f1f8f0" FOREIGN KEY ("instalmentId") REFERENCES "contract_instalment"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
  'ALTER TABLE "invoice" ADD CONSTRAINT "FK_95103e2638be49ff9b267da589f" FOREIGN KEY ("creditedInvoiceId") REFERENCES "invoice"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "invoice_payment" ADD CONSTRAINT "FK_29141a2a8c2192636ca4826fa4d" FOREIGN KEY ("invoiceId") REFERENCES "invoice"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "match" ADD CONSTRAINT "FK_a3257764cbb1459c940f5338a5f" FOREIGN KEY ("requestingFamilyId") REFERENCES "family"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "match" ADD CONSTRAINT "FK_d628d69e214e418d88ffaf31c03" FOREIGN KEY ("supportFamilyId") REFERENCES "family"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "match" ADD CONSTRAINT "FK_0f56453b02e82ee0dcde28b631c" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "match" ADD CONSTRAINT "FK_e3ba09a6d2a5f082462bc7bd609" FOREIGN KEY ("coordinatorId") REFERENCES "coordinator"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "match_child" ADD CONSTRAINT "FK_9a4ca310155d1135268e9426fb3" FOREIGN KEY ("matchId") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "match_child" ADD CONSTRAINT "FK_2da5938d50877bc82fb56ec39c7" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "match_status_change" ADD CONSTRAINT "FK_20c961054ad8184b26f98a948fa" FOREIGN KEY ("matchId") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "match_evaluation" ADD CONSTRAINT "FK_1071d68887393c1c2f5f1697374" FOREIGN KEY ("matchId") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "match_document" ADD CONSTRAINT "FK_1badc88ba6859914e665f320780" FOREIGN KEY ("matchId") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "match_document" ADD CONSTRAINT "FK_fe5011010a7c5154e050f86222f" FOREIGN KEY ("templateId") REFERENCES "document_template"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "vog" ADD CONSTRAINT "FK_b07f658265fc7ea62b7909a0bb5" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "vog_status_change" ADD CONSTRAINT "FK_bd8fffa334b202c591c14e11027" FOREIGN KEY ("vogId") REFERENCES "vog"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "insurance_policy_municipality" ADD CONSTRAINT "FK_0b4995b1ae521c8ab8c94510924" FOREIGN KEY ("policyId") REFERENCES "insurance_policy"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "insurance_policy_municipality" ADD CONSTRAINT "FK_dc8e1b7516a6aebb8d27673d942" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "insurance_policy_family" ADD CONSTRAINT "FK_531aca840b617cb39d0de75d60d" FOREIGN KEY ("policyId") REFERENCES "insurance_policy"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "insurance_policy_family" ADD CONSTRAINT "FK_c6f0ef11ddecc64a4f7e222b4fa" FOREIGN KEY ("familyId") REFERENCES "family"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "insurance_incident" ADD CONSTRAINT "FK_0be8fe066d8d6155c55164b0896" FOREIGN KEY ("matchId") REFERENCES "match"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "insurance_incident" ADD CONSTRAINT "FK_394593da0e4e8e145ddd01860b8" FOREIGN KEY ("policyId") REFERENCES "insurance_policy"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
  'ALTER TABLE "insurance_incident_document" ADD CONSTRAINT "FK_e03042029bb0928c592b4adbced" FOREIGN KEY ("incidentId") REFERENCES "insurance_incident"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "municipality_coordinator" ADD CONSTRAINT "FK_2ffd88b1cc671e51611e6d56314" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  'ALTER TABLE "municipality_coordinator" ADD CONSTRAINT "FK_cf726871cb78ed042255b46ea4d" FOREIGN KEY ("coordinatorId") REFERENCES "coordinator"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
  `CREATE UNIQUE INDEX "UQ_municipality_name" ON "municipality" (lower("name"))`,
];

export class Baseline1795500000000 implements MigrationInterface {
  name = 'Baseline1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of SCHEMA) await queryRunner.query(statement);
    const now = new Date().toISOString();
    await queryRunner.query(
      `INSERT INTO "app_settings" ("id", "version", "createdAt", "updatedAt") VALUES (1, 1, $1, $1)`,
      [now],
    );
    await queryRunner.query(
      `INSERT INTO "organisation" ("id", "createdAt", "updatedAt", "name", "vatExemptionText")
      VALUES (1, $1, $1, 'Stichting Buurtgezinnen', 'Over dit bedrag is de gemeente geen btw verschuldigd.')`,
      [now],
    );
    for (const [kind, title, body] of [
      ['contract', 'Samenwerkingsafspraken', CONTRACT_TEMPLATE],
      ['huisregels', 'Huisregels', HOUSE_RULES_TEMPLATE],
    ]) {
      await queryRunner.query(
        `INSERT INTO "document_template" ("kind", "templateVersion", "title", "body", "createdAt", "actor")
        VALUES ($1, 1, $2, $3, $4, 'Buurtgezinnen')`,
        [kind, title, body, now],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SCHEMA public CASCADE');
    await queryRunner.query('CREATE SCHEMA public');
  }
}
