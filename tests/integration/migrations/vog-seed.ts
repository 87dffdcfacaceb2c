/** A steungezin with one adult whose VOG has a scan, in the schema both engines have today. */
export async function insertVogWithScan(query: (sql: string) => Promise<unknown>): Promise<void> {
  const now = "'2026-11-23T10:00:00Z'";
  for (const statement of [
    `INSERT INTO "family" ("createdAt", "updatedAt", "kind", "street", "houseNumber", "postcode", "place")
    VALUES (${now}, ${now}, 'steun', 'Zijlweg', '88', '2013 DK', 'Haarlem')`,
    `INSERT INTO "person" ("familyId", "firstName", "lastName", "birthDate", "role", "firstNameKey", "lastNameKey")
    VALUES (1, 'Anna', 'de Boer', '1977-11-20', 'ouder', 'anna', 'de boer')`,
    `INSERT INTO "stored_file" ("fileName", "mediaType", "sizeBytes", "sha256", "content", "createdAt")
    VALUES ('vog.pdf', 'application/pdf', 3, '${'0'.repeat(64)}', 'pdf', ${now})`,
    `INSERT INTO "vog" ("createdAt", "updatedAt", "personId", "status", "scanFileId")
    VALUES (${now}, ${now}, 1, 'ontvangen', 1)`,
  ]) {
    await query(statement);
  }
}
