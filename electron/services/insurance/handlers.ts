import type { AreaHandlers } from '../handler';
import { createIncident, listIncidents, updateIncident } from './incidents';
import { insuredList } from './insured-list';
import { createPolicy, listPolicies, updatePolicy } from './policies';
import { insuranceWarnings } from './warnings';

export const insuranceHandlers = {
  'policies.list': { run: listPolicies },
  'policies.create': { run: createPolicy, audits: 'policy' },
  'policies.update': { run: updatePolicy, audits: 'policy' },
  'policies.insuredList': { run: insuredList },
  'insurance.warnings': { run: insuranceWarnings },
  'incidents.list': { run: listIncidents },
  'incidents.create': { run: createIncident, audits: 'incident' },
  'incidents.update': { run: updateIncident, audits: 'incident' },
} satisfies AreaHandlers<'policies.' | 'insurance.' | 'incidents.'>;
