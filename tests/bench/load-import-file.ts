import { IMPORT_FIELDS } from '../../shared/api/imports';
import { addDays, isoDateInNetherlands } from '../../shared/domain/dates';

export const IMPORT_ROWS = 20;

const FIRST = ['Renée', 'Jan', 'Fatma', 'Pieter', 'Ingrid', 'Kees', 'Noor', 'Bas', 'Lieke', 'Omar', 'Saskia', 'Tim'];
const CHILDREN = ['Zoë', 'Daan', 'Mila', 'Sem', 'Lina', 'Finn'];
/** One surname per colleague, far apart and unlike the seeded ones, so names never look alike. */
const SURNAMES = [
  'Abbenbroek',
  'Gorsselaar',
  'Ruiterkamp',
  'Veldhuyzen',
  'Oosterwold',
  'Kwakernaak',
  'Dijkgraaf',
  'Hazelhoff',
];

const dutch = (iso: string) => iso.split('-').reverse().join('-');

/**
 * A small list from a referrer as Dutch Excel saves it (semicolons, Windows-1252, dd-mm-jjjj): the
 * `sequence`-th file of one colleague. Every row is a new family: an address, e-mail and names with
 * birth dates no other row has (the seeded house numbers stop at 180, the benchmark's own import
 * uses 2011 AB; each first name comes back on a later birth date), so the duplicate check lets them in.
 */
export function loadImportFile(client: number, sequence: number) {
  const today = isoDateInNetherlands(new Date());
  const lines = [IMPORT_FIELDS.map((field) => field.label).join(';')];
  for (let r = 0; r < IMPORT_ROWS; r++) {
    const n = sequence * IMPORT_ROWS + r;
    const born = addDays('1960-01-01', Math.floor(n / FIRST.length));
    const childBorn = addDays('2012-01-01', Math.floor(n / CHILDREN.length));
    lines.push(
      [
        'vraaggezin',
        dutch(addDays(today, -(n % 30))),
        FIRST[n % FIRST.length],
        SURNAMES[client % SURNAMES.length],
        dutch(born),
        CHILDREN[n % CHILDREN.length],
        dutch(childBorn),
        'Laadstraat',
        String(200 + n),
        `${2030 + (client % 8)} LT`,
        'Haarlem',
        '',
        `collega${client}.${n}@laadtest.nl`,
        'Wijkteam',
        'wijkteam',
        '',
        '',
      ].join(';'),
    );
  }
  return {
    fileName: `aanmeldingen-${client}-${sequence}.csv`,
    contentBase64: Buffer.from(lines.join('\r\n'), 'latin1').toString('base64'),
    mapping: null,
  };
}
