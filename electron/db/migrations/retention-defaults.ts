/**
 * The retention schedule's first periods and reasons, as both engines' migrations wrote them
 * (1795400000027, 1795500000020). Frozen with those migrations: later defaults are a new migration.
 */
export const RETENTION_DEFAULTS: [kind: string, months: number, reason: string][] = [
  [
    'registration',
    12,
    'Lang genoeg om een nieuwe aanmelding van hetzelfde gezin te herkennen en vragen te beantwoorden.',
  ],
  ['match', 24, 'Gezinnen kunnen terugkomen; de coördinator moet de begeleiding dan nog kunnen nalezen.'],
  ['support', 12, 'Een steungezin dat terugkomt hoeft niet opnieuw alles in te vullen; langer is niet nodig.'],
  ['vog', 6, 'Na het verlopen van de VOG is alleen nog nodig dat hij gezien is, niet de gegevens zelf.'],
  ['vog_refused', 6, 'De redenen van een weigering zijn gevoelig; bewaar ze alleen zolang een bezwaar kan lopen.'],
  ['invoice', 84, 'Fiscale bewaarplicht: zeven jaar (art. 52 AWR).'],
];
