/** A policy's fields by name, as the history and the form's clash notice show them. */
export const POLICY_LABELS: Record<string, string> = {
  insurer: 'Verzekeraar',
  policyNumber: 'Polisnummer',
  coverKind: 'Dekking',
  coverOther: 'Andere dekking',
  takenOutBy: 'Afgesloten door',
  allMunicipalities: 'Geldt voor alle gemeenten',
  municipalities: 'Gemeenten',
  municipalityIds: 'Gemeenten',
  families: 'Op naam verzekerde steungezinnen',
  familyIds: 'Op naam verzekerde steungezinnen',
  startDate: 'Ingangsdatum',
  endDate: 'Einddatum',
  insuredAmounts: 'Verzekerde bedragen',
  contactName: 'Contactpersoon verzekeraar',
  contactEmail: 'E-mail',
  contactPhone: 'Telefoon',
  notes: 'Notities',
  hasConditions: 'Voorwaarden',
  endsSoon: 'Loopt binnenkort af',
};

/** An incident's fields by name, as the form's clash notice shows them. */
export const INCIDENT_LABELS: Record<string, string> = {
  date: 'Datum',
  matchId: 'Koppeling',
  families: 'Koppeling',
  policyId: 'Polis',
  policy: 'Polis',
  description: 'Wat er gebeurde',
  claimNumber: 'Schadenummer',
  status: 'Status',
  amountCents: 'Bedrag',
  documents: 'Documenten',
};
