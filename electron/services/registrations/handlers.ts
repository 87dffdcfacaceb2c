import type { AreaHandlers } from '../handler';
import { findDuplicateFamilies, getFamily } from './families';
import { exportFamilies, searchFamilies, updateFamily } from './family-edit';
import { exportQueue, registrationQueue, registrationQueueIds } from './queue';
import { duplicateCandidates, resolveDuplicate, updateRegistration } from './registration-edit';
import { bulkChange, changeStatus, createRegistration, getRegistration } from './registrations';
import { registrationStats } from './stats';
import { WorkAreas } from './work-area';

export const registrationHandlers = {
  'families.get': { run: (ctx, input) => getFamily(ctx.manager, input.id) },
  'families.search': { run: searchFamilies },
  'families.export': { run: exportFamilies },
  'families.update': { run: updateFamily, audits: 'family' },
  'families.findDuplicates': { run: (ctx, input) => findDuplicateFamilies(ctx.manager, input) },
  'families.suggestMunicipality': {
    run: async (ctx, input) => (await WorkAreas.load(ctx.manager)).suggest(input.postcode, input.place),
  },
  'registrations.create': { run: createRegistration, audits: 'registration' },
  'registrations.get': { run: getRegistration },
  'registrations.queue': { run: registrationQueue },
  'registrations.queueIds': { run: registrationQueueIds },
  'registrations.queueExport': { run: exportQueue },
  'registrations.changeStatus': { run: changeStatus, audits: 'registration' },
  'registrations.bulk': { run: bulkChange, audits: 'registration' },
  'registrations.stats': { run: registrationStats },
  'registrations.update': { run: updateRegistration, audits: 'registration' },
  'registrations.duplicateCandidates': { run: duplicateCandidates },
  'registrations.resolveDuplicate': { run: resolveDuplicate, audits: 'registration' },
} satisfies AreaHandlers<'families.' | 'registrations.'>;
