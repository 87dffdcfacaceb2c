/**
 * The retention schedule ("bewaartermijnen"): per kind of record how many months it is kept after
 * the moment that ends its use, and why. Beheer sets the periods; these are the starting values and
 * what each kind means, as the app explains them.
 */
export const RETENTION_KINDS = ['registration', 'match', 'support', 'vog', 'vog_refused', 'invoice'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

interface RetentionKindInfo {
  label: string;
  /** What the period counts from and what a run does when it has passed. */
  explanation: string;
  defaultMonths: number;
  /** The reason stored with the period until beheer writes another. */
  defaultReason: string;
  /** A law's minimum: a shorter period is refused. */
  minimumMonths: number;
}

export const RETENTION_KIND_INFO: Record<RetentionKind, RetentionKindInfo> = {
  registration: {
    label: 'Aanmelding zonder koppeling',
    explanation:
      'Vanaf de dag dat de aanmelding is afgesloten (afgewezen, doorverwezen of ingetrokken) zonder dat er een koppeling kwam. Daarna wordt het gezin geanonimiseerd, als er geen andere reden is om het te bewaren.',
    defaultMonths: 12,
    defaultReason: 'Lang genoeg om een nieuwe aanmelding van hetzelfde gezin te herkennen en vragen te beantwoorden.',
    minimumMonths: 1,
  },
  match: {
    label: 'Koppeling',
    explanation:
      'Vanaf de einddatum van de koppeling (afgerond of voortijdig beëindigd). Daarna worden beide gezinnen geanonimiseerd, als er geen andere reden is om ze te bewaren.',
    defaultMonths: 24,
    defaultReason: 'Gezinnen kunnen terugkomen; de coördinator moet de begeleiding dan nog kunnen nalezen.',
    minimumMonths: 1,
  },
  support: {
    label: 'Gestopt steungezin',
    explanation:
      'Vanaf de dag dat het steungezin stopte: de aanmelding is afgesloten of de laatste koppeling is geëindigd. Daarna wordt het steungezin geanonimiseerd, met de VOG-gegevens van de steunouders.',
    defaultMonths: 12,
    defaultReason: 'Een steungezin dat terugkomt hoeft niet opnieuw alles in te vullen; langer is niet nodig.',
    minimumMonths: 1,
  },
  vog: {
    label: 'VOG-gegevens',
    explanation:
      'Vanaf de dag dat de VOG niet meer geldig is (afgiftedatum plus de termijn voor vernieuwen) of de aanvraag verliep. Daarna verdwijnen het kenmerk van de aanvraag, de notities en de scan; dat de VOG is gezien blijft.',
    defaultMonths: 6,
    defaultReason: 'Na het verlopen van de VOG is alleen nog nodig dat hij gezien is, niet de gegevens zelf.',
    minimumMonths: 1,
  },
  vog_refused: {
    label: 'Geweigerde VOG',
    explanation:
      'Vanaf de dag dat de VOG werd geweigerd. Daarna verdwijnen de notities over de weigering, het kenmerk en de scan; dat de VOG is geweigerd blijft.',
    defaultMonths: 6,
    defaultReason: 'De redenen van een weigering zijn gevoelig; bewaar ze alleen zolang een bezwaar kan lopen.',
    minimumMonths: 1,
  },
  invoice: {
    label: 'Facturen',
    explanation:
      'Facturen aan gemeenten blijven zeven jaar na het boekjaar bewaard (fiscale bewaarplicht). Ze bevatten geen gezinsgegevens; een run haalt er niets uit.',
    defaultMonths: 84,
    defaultReason: 'Fiscale bewaarplicht: zeven jaar (art. 52 AWR).',
    minimumMonths: 84,
  },
};

/** The name of a kind's period or reason in the settings' audit view and history. */
export function retentionField(kind: RetentionKind, part: 'months' | 'reason'): string {
  return `retention_${kind}_${part}`;
}
