import type { MigrationInterface, QueryRunner } from 'typeorm';

const CONTRACT_TEMPLATE = `# Samenwerkingsafspraken

Deze afspraken maken {{vraaggezin.naam}}, {{steungezin.naam}} en {{stichting.naam}} over de steun die het steungezin het vraaggezin geeft, in de gemeente {{gemeente.naam}}.

# Wie doen er mee

Vraaggezin: {{vraaggezin.naam}}, {{vraaggezin.adres}}. Ouders: {{vraaggezin.ouders}}.

Steungezin: {{steungezin.naam}}, {{steungezin.adres}}. Volwassenen: {{steungezin.ouders}}.

De kinderen die meedoen:
{{kinderen}}

De coördinator van Buurtgezinnen is {{coordinator.naam}} (telefoon {{coordinator.telefoon}}, e-mail {{coordinator.email}}).

# Wat de steun is

{{koppeling.steun}}, {{koppeling.frequentie}}.

{{koppeling.afspraken}}

# Proefperiode en evaluaties

De proefperiode begint op {{koppeling.startdatum}} en duurt tot {{koppeling.proefperiode_einde}}. Aan het eind van de proefperiode bespreken beide gezinnen met de coördinator hoe het gaat. Daarna volgt elk half jaar een evaluatie: {{koppeling.evaluaties}}. De begeleiding door Buurtgezinnen stopt uiterlijk op {{koppeling.einddatum}}; daarna mogen de gezinnen op eigen gelegenheid verder.

# Zorgen over de veiligheid van een kind

Maakt het steungezin zich zorgen over de veiligheid of het welzijn van een kind, dan belt het dezelfde dag de coördinator. De coördinator bespreekt met het steungezin wat er moet gebeuren en volgt de meldcode. Het steungezin gaat niet zelf onderzoeken of hulpverleners inschakelen.

# Privacy

Wat de gezinnen van elkaar weten, blijft tussen hen en de coördinator. Foto's van de kinderen worden niet zonder toestemming van de ouders gedeeld, ook niet op sociale media. Buurtgezinnen bewaart alleen de gegevens die nodig zijn voor de begeleiding.

# Beëindigen

Elk gezin kan de samenwerking op ieder moment beëindigen, na overleg met de coördinator. Buurtgezinnen kan de samenwerking beëindigen als de veiligheid van een kind in het geding is.

Aldus afgesproken op {{datum}}.`;

const HOUSE_RULES_TEMPLATE = `# Huisregels van {{steungezin.naam}}

Deze huisregels gelden als de kinderen van {{vraaggezin.naam}} bij {{steungezin.naam}} zijn, op {{steungezin.adres}}. Ze zijn besproken met beide gezinnen en de coördinator, {{coordinator.naam}}.

De kinderen die meedoen:
{{kinderen}}

# Bij ons thuis

- We eten samen aan tafel; vertel ons wat je kind niet mag of wil eten.
- Medicijnen geven we alleen zoals de ouders dat op papier hebben gezet.
- Tv, tablet en telefoon gebruiken we in overleg en niet na het avondeten.
- Huisdieren: de kinderen zijn nooit alleen met de hond.

# Buiten de deur

- In de auto zit ieder kind in een goedgekeurde autostoel of met gordel.
- Zwemmen alleen onder toezicht van een volwassene van het steungezin.
- Uitstapjes spreken we vooraf af met de ouders.

# Contact

- De ouders zijn bereikbaar zolang hun kinderen bij ons zijn.
- Bij ziekte of een ongeluk bellen we eerst de ouders en daarna de coördinator.
- Afspraken die niet doorgaan, zeggen we minstens een dag van tevoren af.

Afgesproken op {{datum}}.`;

/**
 * Matches between a vraaggezin and a steungezin, with the children who take part, status history,
 * evaluations held, versioned document templates (the first versions included) and the documents
 * generated from them.
 */
export class CreateMatches1795400000010 implements MigrationInterface {
  name = 'CreateMatches1795400000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "match" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "createdAt" varchar(30) NOT NULL,
      "updatedAt" varchar(30) NOT NULL,
      "requestingFamilyId" integer NOT NULL REFERENCES "family" ("id"),
      "supportFamilyId" integer NOT NULL REFERENCES "family" ("id"),
      "municipalityId" integer NOT NULL REFERENCES "municipality" ("id"),
      "coordinatorId" integer REFERENCES "coordinator" ("id"),
      "status" varchar(20) NOT NULL,
      "supportKinds" varchar(100) NOT NULL DEFAULT (''),
      "supportOther" varchar(200),
      "frequency" varchar(200),
      "agreements" text,
      "proposedDate" varchar(10) NOT NULL,
      "startDate" varchar(10),
      "endDate" varchar(10),
      "endReason" varchar(30),
      "endReasonText" varchar(300),
      "childResults" varchar(200),
      "parentResults" varchar(200),
      "professionalHelp" varchar(30),
      CHECK ("requestingFamilyId" <> "supportFamilyId"))`);
    await queryRunner.query(`CREATE INDEX "IDX_match_municipality" ON "match" ("municipalityId", "status")`);
    await queryRunner.query(`CREATE INDEX "IDX_match_families" ON "match" ("requestingFamilyId", "supportFamilyId")`);
    await queryRunner.query(`CREATE INDEX "IDX_match_support_family" ON "match" ("supportFamilyId")`);
    await queryRunner.query(`CREATE TABLE "match_child" (
      "matchId" integer NOT NULL REFERENCES "match" ("id") ON DELETE CASCADE,
      "personId" integer NOT NULL REFERENCES "person" ("id"),
      PRIMARY KEY ("matchId", "personId"))`);
    await queryRunner.query(`CREATE TABLE "match_status_change" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "matchId" integer NOT NULL REFERENCES "match" ("id") ON DELETE CASCADE,
      "at" varchar(30) NOT NULL,
      "date" varchar(10) NOT NULL,
      "actor" varchar(100) NOT NULL,
      "fromStatus" varchar(20),
      "toStatus" varchar(20) NOT NULL,
      "reason" text)`);
    await queryRunner.query(`CREATE INDEX "IDX_match_status_change_match" ON "match_status_change" ("matchId")`);
    await queryRunner.query(`CREATE TABLE "match_evaluation" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "matchId" integer NOT NULL REFERENCES "match" ("id") ON DELETE CASCADE,
      "sequence" integer NOT NULL,
      "heldDate" varchar(10) NOT NULL,
      "outcome" varchar(10) NOT NULL CHECK ("outcome" IN ('doorgaan', 'aanpassen', 'stoppen')),
      "notes" text,
      "createdAt" varchar(30) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_match_evaluation" ON "match_evaluation" ("matchId", "sequence")`);
    await queryRunner.query(`CREATE TABLE "document_template" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "kind" varchar(12) NOT NULL CHECK ("kind" IN ('contract', 'huisregels')),
      "templateVersion" integer NOT NULL,
      "title" varchar(100) NOT NULL,
      "body" text NOT NULL,
      "createdAt" varchar(30) NOT NULL,
      "actor" varchar(100) NOT NULL)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_document_template" ON "document_template" ("kind", "templateVersion")`,
    );
    for (const [kind, title, body] of [
      ['contract', 'Samenwerkingsafspraken', CONTRACT_TEMPLATE],
      ['huisregels', 'Huisregels', HOUSE_RULES_TEMPLATE],
    ]) {
      await queryRunner.query(
        `INSERT INTO "document_template" ("kind", "templateVersion", "title", "body", "createdAt", "actor")
        VALUES (?, 1, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'Buurtgezinnen')`,
        [kind, title, body],
      );
    }
    await queryRunner.query(`CREATE TABLE "match_document" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "createdAt" varchar(30) NOT NULL,
      "updatedAt" varchar(30) NOT NULL,
      "matchId" integer NOT NULL REFERENCES "match" ("id") ON DELETE CASCADE,
      "templateId" integer NOT NULL REFERENCES "document_template" ("id"),
      "values" text NOT NULL,
      "status" varchar(12) NOT NULL CHECK ("status" IN ('aangemaakt', 'afgedrukt', 'ondertekend')),
      "signedDate" varchar(10),
      "scanFile" varchar(200))`);
    await queryRunner.query(`CREATE INDEX "IDX_match_document_match" ON "match_document" ("matchId")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'match_document',
      'document_template',
      'match_evaluation',
      'match_status_change',
      'match_child',
      'match',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
