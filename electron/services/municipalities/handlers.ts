import type { AreaHandlers } from '../handler';
import { createCoordinator, listCoordinators, setCoordinatorActive, updateCoordinator } from './coordinators';
import {
  createMunicipality,
  getMunicipality,
  listMunicipalities,
  setMunicipalityActive,
  updateMunicipality,
} from './municipalities';

export const municipalityHandlers = {
  'municipalities.list': { run: listMunicipalities },
  'municipalities.get': { run: getMunicipality },
  'municipalities.create': { run: createMunicipality, audits: 'municipality' },
  'municipalities.update': { run: updateMunicipality, audits: 'municipality' },
  'municipalities.setActive': { run: setMunicipalityActive, audits: 'municipality' },
  'coordinators.list': { run: listCoordinators },
  'coordinators.create': { run: createCoordinator, audits: 'coordinator' },
  'coordinators.update': { run: updateCoordinator, audits: 'coordinator' },
  'coordinators.setActive': { run: setCoordinatorActive, audits: 'coordinator' },
} satisfies AreaHandlers<'municipalities.' | 'coordinators.'>;
