import type { OrganisationFormValues } from '../../shared/api/organisation';
/** Made-up but realistic demo data: real municipalities, invented people. */

export const DEMO_MUNICIPALITIES = `
Haarlem;Noord-Holland
Zandvoort;Noord-Holland
Bloemendaal;Noord-Holland
Heemstede;Noord-Holland
Valkenburg aan de Geul;Limburg
Heerenveen;Friesland
Velsen;Noord-Holland
Beverwijk;Noord-Holland
Alkmaar;Noord-Holland
Hoorn;Noord-Holland
Purmerend;Noord-Holland
Zaanstad;Noord-Holland
Amstelveen;Noord-Holland
Hilversum;Noord-Holland
Leiden;Zuid-Holland
Delft;Zuid-Holland
Gouda;Zuid-Holland
Zoetermeer;Zuid-Holland
Dordrecht;Zuid-Holland
Schiedam;Zuid-Holland
Westland;Zuid-Holland
Katwijk;Zuid-Holland
Alphen aan den Rijn;Zuid-Holland
Utrecht;Utrecht
Amersfoort;Utrecht
Zeist;Utrecht
Nieuwegein;Utrecht
Houten;Utrecht
Veenendaal;Utrecht
Woerden;Utrecht
Arnhem;Gelderland
Nijmegen;Gelderland
Apeldoorn;Gelderland
Ede;Gelderland
Zutphen;Gelderland
Doetinchem;Gelderland
Harderwijk;Gelderland
Tiel;Gelderland
Zwolle;Overijssel
Deventer;Overijssel
Enschede;Overijssel
Hengelo;Overijssel
Almelo;Overijssel
Kampen;Overijssel
Groningen;Groningen
Midden-Groningen;Groningen
Het Hogeland;Groningen
Leeuwarden;Friesland
Smallingerland;Friesland
Súdwest-Fryslân;Friesland
Assen;Drenthe
Emmen;Drenthe
Hoogeveen;Drenthe
Meppel;Drenthe
Almere;Flevoland
Lelystad;Flevoland
Dronten;Flevoland
Middelburg;Zeeland
Vlissingen;Zeeland
Goes;Zeeland
Terneuzen;Zeeland
Eindhoven;Noord-Brabant
Tilburg;Noord-Brabant
Breda;Noord-Brabant
's-Hertogenbosch;Noord-Brabant
Helmond;Noord-Brabant
Oss;Noord-Brabant
Maastricht;Limburg
Heerlen;Limburg
Venlo;Limburg
Sittard-Geleen;Limburg
`
  .trim()
  .split('\n')
  .map((line) => line.split(';') as [string, string]);

const FIRST_NAMES = [
  'Anouk', 'Bram', 'Carmen', 'Daan', 'Esra', 'Femke', 'Gijs', 'Hanneke', 'Ilse', 'Jeroen', 'Karin',
  'Lotte', 'Mohamed', 'Nadia', 'Olaf', 'Petra', 'Ruud', 'Sanne', 'Thijs', 'Ursula', 'Vera', 'Willem',
  'Yasmina', 'Zeynep', 'Marieke', 'Fatima', 'Joost', 'Priya', 'Koen', 'Ingrid',
];
const LAST_NAMES = [
  'de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
  'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit',
  'Dijkstra', 'Yılmaz', 'El Amrani', 'Kaya', 'Postma', 'Hoekstra', 'van Dijk', 'Kramer',
];

/** A small deterministic generator, so the demo database is the same every time. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, pick };
}

export function demoPerson(random: ReturnType<typeof seededRandom>) {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const mailName = `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '');
  return {
    name: `${first} ${last}`,
    email: `${mailName}@voorbeeld.nl`,
    phone: `06${random.pick(['1', '2', '3', '4', '5'])}${String(1000000 + Math.floor(random.next() * 8999999))}`,
  };
}

const AREA_CODES = ['010', '013', '015', '020', '023', '024', '026', '030', '033', '035', '038', '040', '043', '045', '050', '053', '055', '058', '070', '071', '072', '073', '076'];

export function demoLandline(random: ReturnType<typeof seededRandom>): string {
  return `${random.pick(AREA_CODES)} ${String(2000000 + Math.floor(random.next() * 7999999))}`;
}

/** Real postcode ranges for the municipalities in the domain brief; made-up blocks for the others. */
const KNOWN_RANGES: Record<string, string> = {
  Haarlem: '2011-2037', Zandvoort: '2040-2042', Bloemendaal: '2050-2071', Heemstede: '2100-2106',
  'Valkenburg aan de Geul': '6300-6301, 6325', Heerenveen: '8440-8449',
};

export function demoPostcodeRanges(name: string, index: number): string {
  const start = 9000 + index * 12;
  return KNOWN_RANGES[name] ?? `${start}-${start + 9}`;
}

/** Buurtgezinnen's details as Instellingen holds them; numbers are valid examples, not real ones. */
export const organisationDetails: Omit<OrganisationFormValues, 'version'> = {
  name: 'Stichting Buurtgezinnen',
  street: 'Kruisweg 12',
  postcode: '2011 LA',
  city: 'Haarlem',
  email: 'backoffice@buurtgezinnen.nl',
  phone: '023 123 4567',
  website: 'www.buurtgezinnen.nl',
  kvkNumber: '41216593',
  iban: 'NL91 ABNA 0417 1643 00',
  bic: 'ABNANL2A',
  vatCategory: 'O',
  vatNumber: '',
  vatExemptionText: 'Over dit bedrag is de gemeente geen btw verschuldigd.',
  logoDataUrl: null,
};
