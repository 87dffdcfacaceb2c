/** What the end of a match records, in the categories of the domain brief. */
export const SUPPORT_KINDS = ['vaste_middag', 'logeren', 'activiteiten', 'anders'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SUPPORT_KIND_LABELS: Record<SupportKind, string> = {
  vaste_middag: 'Vaste middag',
  logeren: 'Logeren',
  activiteiten: 'Meegaan naar activiteiten',
  anders: 'Anders',
};

export const CHILD_RESULTS = ['zorgeloos', 'horizon', 'zelfvertrouwen', 'sociaal', 'school', 'gedrag'] as const;
export type ChildResult = (typeof CHILD_RESULTS)[number];
export const CHILD_RESULT_LABELS: Record<ChildResult, string> = {
  zorgeloos: 'Zorgeloze jeugd',
  horizon: 'Bredere horizon en ontwikkeling',
  zelfvertrouwen: 'Zelfvertrouwen en veerkracht',
  sociaal: 'Meer sociale contacten',
  school: 'Betere schoolresultaten',
  gedrag: 'Minder gedragsproblemen',
};

export const PARENT_RESULTS = ['rust', 'repertoire', 'zelfvertrouwen', 'netwerk', 'toekomst', 'participatie'] as const;
export type ParentResult = (typeof PARENT_RESULTS)[number];
export const PARENT_RESULT_LABELS: Record<ParentResult, string> = {
  rust: 'Rust en minder opvoedstress',
  repertoire: 'Breder opvoedrepertoire',
  zelfvertrouwen: 'Zelfvertrouwen en veerkracht',
  netwerk: 'Groter netwerk',
  toekomst: 'Meer vertrouwen in de toekomst',
  participatie: 'Participatie (werk, studie, anderen helpen)',
};

export const PROFESSIONAL_HELP = ['voorkomen', 'afgeschaald', 'gestopt', 'niet_van_toepassing'] as const;
export type ProfessionalHelp = (typeof PROFESSIONAL_HELP)[number];
export const PROFESSIONAL_HELP_LABELS: Record<ProfessionalHelp, string> = {
  voorkomen: 'Professionele hulp voorkomen',
  afgeschaald: 'Professionele hulp afgeschaald',
  gestopt: 'Professionele hulp gestopt',
  niet_van_toepassing: 'Niet van toepassing',
};

export const EVALUATION_OUTCOMES = ['doorgaan', 'aanpassen', 'stoppen'] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];
export const EVALUATION_OUTCOME_LABELS: Record<EvaluationOutcome, string> = {
  doorgaan: 'Doorgaan',
  aanpassen: 'Aanpassen',
  stoppen: 'Stoppen',
};
