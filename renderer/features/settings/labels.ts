/** The foundation's details by field name, as the form's clash notice shows them. */
export const ORGANISATION_LABELS: Record<string, string> = {
  name: 'Naam',
  street: 'Adres',
  postcode: 'Postcode',
  city: 'Plaats',
  email: 'E-mail',
  phone: 'Telefoon',
  website: 'Website',
  kvkNumber: 'KvK-nummer',
  iban: 'IBAN',
  bic: 'BIC',
  vatCategory: 'Btw',
  vatNumber: 'Btw-nummer',
  vatExemptionText: 'Tekst over de btw op de factuur',
  logo: 'Logo',
  logoDataUrl: 'Logo',
};

/** The work settings by field name, as the form's clash notice shows them. */
export const SETTINGS_LABELS: Record<string, string> = {
  overdueDays: 'Aanmelding te lang in behandeling na (dagen)',
  vogAllAdults: 'VOG voor alle huisgenoten van 18 jaar en ouder',
  vogRequestWeeks: 'VOG-aanvraag te lang na (weken)',
  vogNewMatchMonths: 'VOG voor een nieuwe koppeling hoogstens (maanden) oud',
  vogRenewYears: 'VOG vernieuwen elke (jaren)',
};

/** A template's fields by name, as the form's clash notice shows them. */
export const TEMPLATE_LABELS: Record<string, string> = {
  title: 'Titel',
  body: 'Tekst',
};
