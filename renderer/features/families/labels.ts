/** A family's fields by name, as the history and the form's clash notice show them. */
export const FAMILY_LABELS: Record<string, string> = {
  kind: 'Soort',
  street: 'Straat',
  houseNumber: 'Huisnummer',
  houseNumberAddition: 'Toevoeging',
  postcode: 'Postcode',
  place: 'Plaats',
  phone: 'Telefoon',
  email: 'E-mail',
  municipality: 'Gemeente',
  municipalityId: 'Gemeente',
  notes: 'Notities',
  people: 'Personen',
};
