import type { DataSource, EntityManager } from 'typeorm';
import { insertingFamilies } from '../../electron/db/family-search';
import { join, raw, select, sql } from '../../electron/db/sql';
import { personKeys } from '../../electron/services/registrations/families';
import { addDays } from '../../shared/domain/dates';
import { parsePostcodeRanges } from '../../shared/domain/postcode';
import { seededRandom } from './data';

const FIRST = ['Anouk', 'Bram', 'Carmen', 'Daan', 'Esra', 'Femke', 'Gijs', 'Hanneke', 'Ilse', 'Jeroen', 'Lotte', 'Mohamed', 'Nadia', 'Sanne', 'Thijs', 'Vera', 'Yasmina', 'Zeynep', 'Noah', 'Emma', 'Sem', 'Julia', 'Liam', 'Mila', 'Ayşe', 'Yiğit', 'İlayda', 'Fatima', 'Youssef', 'Zoë'];
const LAST = ['de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Yılmaz', 'El Amrani', 'Kaya', 'Postma', 'Hoekstra', 'van Dijk', 'Kramer', 'Janssen', 'Willems', 'Koster', 'Prins',
  // Names as the search meets them: tussenvoegsels, double names, Turkish and Moroccan spelling.
  'van der Heijden', 'Heijmans', 'de Heij', 'Jansen-de Vries', 'van \'t Hof', 'in \'t Veld', 'ter Horst', 'Öztürk', 'Şahin', 'Çelik', 'Doğan', 'El Idrissi', 'Bouzid', 'Aït Ouali'];
const STREETS = ['Kerkstraat', 'Dorpsstraat', 'Schoolstraat', 'Molenweg', 'Stationsweg', 'Julianalaan', 'Beatrixstraat', 'Lindelaan', 'Eikenlaan', 'Parkweg'];
const STATUS_WEIGHTS: [string, number][] = [['nieuw', 4], ['in_behandeling', 3], ['wachtlijst', 2], ['doorgezet', 62], ['doorverwezen', 14], ['afgewezen', 10], ['ingetrokken', 5]];
const CHUNK = 400;

/**
 * Writes `count` families of three people, each with a registration, straight into the tables:
 * benchmark and demo volume only. What the app does is measured through its own operations.
 * Written with the `sql` template, so the same seeding runs on SQLite and PostgreSQL; the families
 * get their ids from the engine (RETURNING), which keeps PostgreSQL's sequences right.
 */
export async function seedRegistrationVolume(dataSource: DataSource, count: number, seed = 7): Promise<void> {
  const random = seededRandom(seed);
  const municipalities = await select<{ id: number; name: string; postcodeRanges: string }>(dataSource.manager,
    sql`SELECT "id", "name", "postcodeRanges" FROM "municipality" WHERE "postcodeRanges" <> '' ORDER BY "id"`);
  const coordinators = await select<{ municipalityId: number; coordinatorId: number }>(dataSource.manager,
    sql`SELECT "municipalityId", "coordinatorId" FROM "municipality_coordinator" ORDER BY "municipalityId", "coordinatorId"`);
  const letters = 'ABCDEFGHJKLMNPRTVWXZ';
  const now = new Date().toISOString();
  await dataSource.transaction(async (manager) => {
    for (let offset = 0; offset < count; offset += CHUNK) {
      const size = Math.min(CHUNK, count - offset);
      const families: unknown[][] = [];
      // Per family: its people and its registration, written once the family has its id.
      const members: { people: unknown[][]; registration: unknown[] }[] = [];
      for (let i = 0; i < size; i++) {
        const municipality = random.pick(municipalities);
        const outside = random.next() < 0.05;
        const range = random.pick(parsePostcodeRanges(municipality.postcodeRanges).ranges);
        const digits = outside ? 1000 + Math.floor(random.next() * 900) : range.from + Math.floor(random.next() * (range.to - range.from + 1));
        const postcode = `${digits} ${random.pick([...letters])}${random.pick([...letters])}`;
        const kind = random.next() < 0.45 ? 'steun' : 'vraag';
        const last = random.pick(LAST);
        families.push([now, now, kind, random.pick(STREETS), String(1 + Math.floor(random.next() * 180)), postcode, municipality.name,
          `gezin-v${offset + i + 1}@voorbeeld.nl`, outside ? null : municipality.id]);
        const year = 2020 + Math.floor(random.next() * 7);
        const born = (from: number, span: number) => `${from + Math.floor(random.next() * span)}-${pad(1 + Math.floor(random.next() * 12))}-${pad(1 + Math.floor(random.next() * 28))}`;
        const people: unknown[][] = [];
        for (const [role, birth] of [['ouder', born(1965, 25)], ['ouder', born(1965, 25)], [kind === 'vraag' ? 'kind' : 'overig', kind === 'vraag' ? born(2008, 17) : born(1960, 30)]]) {
          const first = random.pick(FIRST);
          const { firstNameKey, lastNameKey } = personKeys({ firstName: first, lastName: last });
          people.push([first, last, birth, role, firstNameKey, lastNameKey]);
        }
        const received = `${Math.min(year, 2026)}-${pad(1 + Math.floor(random.next() * 10))}-${pad(1 + Math.floor(random.next() * 28))}`;
        const status = weighted(random.next(), STATUS_WEIGHTS);
        const coordinator = coordinators.find((c) => c.municipalityId === municipality.id)?.coordinatorId ?? null;
        const handedOver = status === 'doorgezet' && !outside;
        members.push({ people, registration: [now, now, kind, outside ? null : municipality.id, handedOver ? coordinator : null, received,
          random.next() < 0.7 ? 'verwijzer' : 'zelf', handedOver ? 'doorgezet' : status === 'doorgezet' ? 'nieuw' : status,
          handedOver ? addDays(received, 1 + Math.floor(random.next() * 40)) : null] });
      }
      const ids = await insertingFamilies(manager, async () => {
        const familyIds = await insert(manager, 'family', ['createdAt', 'updatedAt', 'kind', 'street', 'houseNumber', 'postcode', 'place', 'email', 'municipalityId'], families);
        await insert(manager, 'person', ['familyId', 'firstName', 'lastName', 'birthDate', 'role', 'firstNameKey', 'lastNameKey'],
          members.flatMap((member, i) => member.people.map((person) => [familyIds[i], ...person])));
        return familyIds;
      });
      await insert(manager, 'registration', ['familyId', 'createdAt', 'updatedAt', 'familyKind', 'municipalityId', 'coordinatorId', 'receivedDate', 'channel', 'status', 'handedOverDate'],
        members.map((member, i) => [ids[i], ...member.registration]));
    }
  });
}

/**
 * One multi-row INSERT that answers the new ids in the order of `rows`: both engines number the
 * rows of one statement in the order of its VALUES (as the import relies on), so sorted ids follow.
 */
async function insert(manager: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<number[]> {
  const names = raw(columns.map((column) => `"${column}"`).join(', '));
  const tuples = rows.map((row) => sql`(${join(row)})`);
  const inserted = await select<{ id: number }>(manager, sql`INSERT INTO ${raw(`"${table}"`)} (${names}) VALUES ${join(tuples)} RETURNING "id"`);
  return inserted.map((row) => row.id).sort((a, b) => a - b);
}

function weighted(value: number, weights: [string, number][]): string {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let at = value * total;
  for (const [name, weight] of weights) {
    if ((at -= weight) < 0) return name;
  }
  return weights[0][0];
}

const pad = (n: number) => String(n).padStart(2, '0');
