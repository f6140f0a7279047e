import type { Role } from '../../../src/shared/roles';
import { addStaff } from '../../helpers/staff';
import type { setUpWorkspace } from '../../helpers/temp-workspace';

type T = Awaited<ReturnType<typeof setUpWorkspace>>;

/** A person added to the directory (with an account when a role is given). */
export interface TestPerson {
  staffId: number;
  userId: number | null;
  username: string | null;
}

/** Adds a user account (optional) and a directory entry; the administrator must be signed in. */
export async function addRotaPerson(
  t: T,
  name: string,
  sex: 'female' | 'male' | 'other_or_not_stated',
  opts: { role?: Role; username?: string; skills?: string[]; contactNumber?: string; contractedHours?: number } = {},
): Promise<TestPerson> {
  let userId: number | null = null;
  const username = opts.role ? (opts.username ?? name.toLowerCase().replace(/[^a-z]/g, '')) : null;
  if (opts.role && username) userId = await addStaff(t, username, opts.role, name);
  const staffRole = opts.role === 'night_worker' ? 'night_worker' : opts.role === 'manager' ? 'manager' : opts.role === 'administrator' ? 'administrator' : 'support_worker';
  const s = await t.ok<{ id: number }>('rota.staff.add', {
    userId,
    name,
    sex,
    role: staffRole,
    skills: opts.skills ?? [],
    contractedHours: opts.contractedHours ?? 37.5,
    contactNumber: opts.contactNumber ?? null,
  });
  return { staffId: s.id, userId, username };
}

/** The standard shift types most tests use. */
export async function addShiftTypes(t: T) {
  const night = await t.ok<{ id: number }>('rota.shiftTypes.add', {
    name: 'Night on call',
    kind: 'on_call_phone',
    defaultStart: '22:00',
    defaultEnd: '08:00',
    covers: ['phone'],
    nightWork: false,
    countsAsWorkingTime: false,
  });
  const day = await t.ok<{ id: number }>('rota.shiftTypes.add', {
    name: 'Office day',
    kind: 'office_day',
    defaultStart: '09:00',
    defaultEnd: '17:00',
    covers: ['office', 'phone'],
    nightWork: false,
    countsAsWorkingTime: true,
  });
  const manager = await t.ok<{ id: number }>('rota.shiftTypes.add', {
    name: 'Manager on call',
    kind: 'manager_on_call',
    defaultStart: '09:00',
    defaultEnd: '09:00',
    covers: ['manager_on_call'],
    nightWork: false,
    countsAsWorkingTime: false,
  });
  return { night: night.id, day: day.id, manager: manager.id };
}

/** The error a channel returns (fails the test if it succeeds). */
export async function refused(t: T, channel: string, input: unknown): Promise<{ code: string; message: string; fields?: Record<string, string> }> {
  const r = await t.router.call(channel, input);
  if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return r.error;
}
