import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { isoDateInNetherlands } from '../../shared/domain/dates';
import { parsePostcodeRanges } from '../../shared/domain/postcode';
import { DEMO_MUNICIPALITIES, demoLandline, demoPerson, demoPostcodeRanges, seededRandom } from './data';
import { seedDemoInvoicing } from './demo-invoicing';
import { seedDemoRegistrations } from './demo-registrations';
import { seedDemoVolunteers } from './demo-volunteers';

async function must(dispatch: Dispatch, name: string, input: unknown): Promise<{ id: number }> {
  const response = await dispatch(name, input);
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
  return response.data as { id: number };
}

/** Fills an empty database through the same operations the app uses, so everything is validated. */
export async function seedDemo(dispatch: Dispatch, registrations = 300): Promise<void> {
  const created: { id: number; name: string; postcode: string }[] = [];
  const random = seededRandom(2026);
  await must(dispatch, 'settings.update', { overdueDays: 14, version: 1 });
  for (const [index, [name, province]] of DEMO_MUNICIPALITIES.entries()) {
    const coordinators = [];
    const count = random.next() < 0.2 ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const coordinator = await must(dispatch, 'coordinators.create', { ...demoPerson(random), notes: '' });
      coordinators.push(coordinator.id);
    }
    const slug = name.toLowerCase().replace(/[^a-z]+/g, '');
    const municipality = await must(dispatch, 'municipalities.create', {
      name,
      province,
      email: `jeugd@${slug}.nl`,
      phone: demoLandline(random),
      notes: '',
      coordinatorIds: coordinators,
      postcodeRanges: demoPostcodeRanges(name, index),
      places: '',
    });
    const [range] = parsePostcodeRanges(demoPostcodeRanges(name, index)).ranges;
    created.push({ id: municipality.id, name, postcode: String(range.from) });
  }
  const today = isoDateInNetherlands(new Date());
  await seedDemoRegistrations(dispatch, created, today, registrations);
  await seedDemoInvoicing(dispatch, created, today, random);
  await seedDemoVolunteers(dispatch, created, today, random);
}
