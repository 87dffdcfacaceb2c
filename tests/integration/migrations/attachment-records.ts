/**
 * One record of each kind that can have an attachment, each naming its file in `scans/` the way
 * the app kept them (with a backslash where Windows wrote it): works on both engines' schema from
 * before the files moved into the database.
 */
export const KEPT_FILES = {
  match_document: 'scans/document-1-1764000000000.pdf',
  vog: 'scans\\vog-1-1764000000001.png',
  insurance_policy: 'scans/polis-1-1764000000002.pdf',
  insurance_incident_document: 'scans/incident-1-1764000000003.jpg',
};

export async function insertAttachmentRecords(query: (sql: string) => Promise<unknown>): Promise<void> {
  const now = "'2026-11-23T10:00:00Z'";
  const family = (kind: string) =>
    `INSERT INTO "family" ("createdAt", "updatedAt", "kind", "street", "houseNumber", "postcode", "place")
    VALUES (${now}, ${now}, '${kind}', 'Zijlweg', '88', '2013 DK', 'Haarlem')`;
  for (const statement of [
    `INSERT INTO "municipality" ("createdAt", "updatedAt", "name") VALUES (${now}, ${now}, 'Haarlem')`,
    family('vraag'),
    family('steun'),
    `INSERT INTO "person" ("familyId", "firstName", "lastName", "birthDate", "role", "firstNameKey", "lastNameKey")
    VALUES (2, 'Anna', 'de Boer', '1977-11-20', 'ouder', 'anna', 'de boer')`,
    `INSERT INTO "match" ("createdAt", "updatedAt", "requestingFamilyId", "supportFamilyId", "municipalityId", "status", "proposedDate")
    VALUES (${now}, ${now}, 1, 2, 1, 'voorgesteld', '2026-11-01')`,
    `INSERT INTO "match_document" ("createdAt", "updatedAt", "matchId", "templateId", "values", "status", "scanFile")
    VALUES (${now}, ${now}, 1, 1, '{}', 'ondertekend', '${KEPT_FILES.match_document}')`,
    `INSERT INTO "vog" ("createdAt", "updatedAt", "personId", "status", "scanFile")
    VALUES (${now}, ${now}, 1, 'ontvangen', '${KEPT_FILES.vog}')`,
    `INSERT INTO "insurance_policy" ("createdAt", "updatedAt", "insurer", "policyNumber", "coverKind", "takenOutBy", "startDate", "conditionsFile")
    VALUES (${now}, ${now}, 'Centraal Beheer', 'AVB-1', 'aansprakelijkheid', 'stichting', '2026-01-01', '${KEPT_FILES.insurance_policy}')`,
    `INSERT INTO "insurance_incident" ("createdAt", "updatedAt", "date", "matchId", "description", "status")
    VALUES (${now}, ${now}, '2026-11-20', 1, 'Daan viel van de fiets.', 'gemeld')`,
    `INSERT INTO "insurance_incident_document" ("incidentId", "fileName", "file", "createdAt")
    VALUES (1, 'brief verzekeraar.jpg', '${KEPT_FILES.insurance_incident_document}', ${now})`,
  ]) {
    await query(statement);
  }
}

/** The tables that point at a stored file, and their pointer. */
export const FILE_REFERENCES = [
  ['match_document', 'scanFileId'],
  ['vog', 'scanFileId'],
  ['insurance_policy', 'conditionsFileId'],
  ['insurance_incident_document', 'fileId'],
] as const;
