import type { Desktop } from '../desktop';
import type { AreaHandlers } from '../handler';
import type { DataPaths } from '../settings/system';
import {
  attachIncidentDocument,
  createIncident,
  listIncidents,
  openIncidentDocument,
  updateIncident,
} from './incidents';
import { insuredList } from './insured-list';
import { attachConditions, createPolicy, listPolicies, openConditions, updatePolicy } from './policies';
import { insuranceWarnings } from './warnings';

export function insuranceHandlers(paths: DataPaths, desktop: Desktop) {
  return {
    'policies.list': { run: listPolicies },
    'policies.create': { run: createPolicy, audits: 'policy' },
    'policies.update': { run: updatePolicy, audits: 'policy' },
    'policies.insuredList': { run: insuredList },
    'insurance.warnings': { run: insuranceWarnings },
    'incidents.list': { run: listIncidents },
    'incidents.create': { run: createIncident, audits: 'incident' },
    'incidents.update': { run: updateIncident, audits: 'incident' },
    'policies.attachConditions': { run: (ctx, input) => attachConditions(ctx, input), audits: 'policy' },
    'policies.openConditions': { run: (ctx, input) => openConditions(ctx, input, paths, desktop) },
    'incidents.attachDocument': { run: (ctx, input) => attachIncidentDocument(ctx, input), audits: 'incident' },
    'incidents.openDocument': { run: (ctx, input) => openIncidentDocument(ctx, input, paths, desktop) },
  } satisfies AreaHandlers<'policies.' | 'insurance.' | 'incidents.'>;
}
