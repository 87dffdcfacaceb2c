export const MUNICIPALITY_LABELS: Record<string, string> = {
  name: 'Naam',
  province: 'Provincie',
  email: 'E-mail',
  phone: 'Telefoon',
  notes: 'Notities',
  active: 'Actief',
  coordinators: 'Coördinatoren',
  coordinatorIds: 'Coördinatoren',
  postcodeRanges: 'Werkgebied: postcodes',
  places: 'Werkgebied: plaatsen',
};

export const COORDINATOR_LABELS: Record<string, string> = {
  name: 'Naam',
  email: 'E-mail',
  phone: 'Telefoon',
  notes: 'Notities',
  active: 'Actief',
  municipalities: 'Gemeenten',
};
