import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { DEMO_MUNICIPALITIES, demoLandline, demoPerson, demoPostcodeRanges, seededRandom } from './data';

async function must(dispatch: Dispatch, name: string, input: unknown): Promise<{ id: number }> {
  const response = await dispatch(name, input);
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
  return response.data as { id: number };
}

/** Fills an empty database through the same operations the app uses, so everything is validated. */
export async function seedDemo(dispatch: Dispatch): Promise<void> {
  const random = seededRandom(2026);
  await must(dispatch, 'settings.update', { employeeName: 'Demo Backoffice', overdueDays: 14, version: 1 });
  for (const [index, [name, province]] of DEMO_MUNICIPALITIES.entries()) {
    const coordinators = [];
    const count = random.next() < 0.2 ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const coordinator = await must(dispatch, 'coordinators.create', { ...demoPerson(random), notes: '' });
      coordinators.push(coordinator.id);
    }
    const slug = name.toLowerCase().replace(/[^a-z]+/g, '');
    await must(dispatch, 'municipalities.create', {
      name,
      province,
      email: `jeugd@${slug}.nl`,
      phone: demoLandline(random),
      notes: '',
      coordinatorIds: coordinators,
      postcodeRanges: demoPostcodeRanges(name, index),
      places: '',
    });
  }
}
