import { resolveRota } from '../../shared/rota/resolve/resolve-rota';
import type { CALLER_TYPES } from '../../shared/rota/schemas/phone-log.schema';
import { dateOf, DAY_MS, localToInstant, londonDayOf, weekdayOf } from '../../shared/rota/zone';
import { getUser, getUserByUsername } from '../db/repos/users.repo';
import { acknowledgeHandover, writeHandover } from '../services/rota/handover.service';
import { closeFollowUp, logCall } from '../services/rota/phone-log.service';
import { addCover } from '../services/rota/rota-cover.service';
import { loadRotaInput } from '../services/rota/rota-input';
import { addRotation, editRotation } from '../services/rota/rota-rotations.service';
import { addRequirement, addShiftType } from '../services/rota/rota-setup.service';
import { addLeave, addStaff } from '../services/rota/rota-staff.service';
import { actOnSwap, requestSwap } from '../services/rota/rota-swaps.service';
import { requireDb, requireSession, type Workspace } from '../services/workspace';
import type { Rng } from './rng';
import type { SeedClock } from './seed-clock';

/** What the rota seed made, for seed-demo's summary. */
export interface SeededRota {
  staff: number;
  rotations: number;
  leave: number;
  cover: number;
  swaps: number;
  calls: number;
  handovers: number;
  /** One line for the summary ("rota: 12 staff, …"). */
  summary: string;
}

/** The demo rota's people: the demo accounts where they exist, and four people without accounts. */
const PEOPLE = [
  { key: 'mona', username: 'mona.manager', name: 'Mona Okafor', sex: 'female', role: 'manager', skills: ['manager', 'first_aid', 'driver'], hours: 37.5 },
  { key: 'marcus', username: 'marcus.manager', name: 'Marcus Reid', sex: 'male', role: 'manager', skills: ['manager', 'driver'], hours: 37.5 },
  { key: 'sophie', username: 'sophie.support', name: 'Sophie Turner', sex: 'female', role: 'support_worker', skills: ['first_aid'], hours: 37.5 },
  { key: 'priya', username: 'priya.support', name: 'Priya Desai', sex: 'female', role: 'support_worker', skills: ['interpreter'], hours: 30 },
  { key: 'hannah', username: 'hannah.support', name: 'Hannah Kowalczyk', sex: 'female', role: 'support_worker', skills: ['driver'], hours: 37.5 },
  { key: 'david', username: 'david.support', name: 'David Mensah', sex: 'male', role: 'support_worker', skills: ['first_aid', 'driver'], hours: 37.5 },
  { key: 'nina', username: 'nina.night', name: 'Nina Farouk', sex: 'female', role: 'night_worker', skills: ['first_aid'], hours: 36 },
  { key: 'olu', username: 'olu.night', name: 'Olu Adebayo', sex: 'male', role: 'night_worker', skills: [], hours: 36 },
  { key: 'grace', username: null, name: 'Grace Whitfield', sex: 'female', role: 'sessional_worker', skills: ['first_aid'], hours: 24 },
  { key: 'tom', username: null, name: 'Tom Harding', sex: 'male', role: 'sessional_worker', skills: [], hours: 24 },
  { key: 'aisha', username: null, name: 'Aisha Rahman', sex: 'female', role: 'volunteer', skills: [], hours: null },
  { key: 'kofi', username: null, name: 'Kofi Boateng', sex: 'male', role: 'agency_cover', skills: ['driver'], hours: null },
] as const;

type Key = (typeof PEOPLE)[number]['key'];

const CALL_TYPES: readonly (readonly [(typeof CALLER_TYPES)[number], number])[] = [
  ['resident', 40],
  ['ex_resident', 8],
  ['new_referral', 14],
  ['professional', 12],
  ['family_or_friend', 6],
  ['unknown_or_silent', 14],
  ['other', 6],
];

const ACTIONS = [
  'Listened and talked through a safety plan for tonight. She feels safe to stay put.',
  'Checked the door entry system with the resident; working. Reassured.',
  'Took first details for a referral; agreed a call back in the morning.',
  'Police called about an incident outside; officers attended, no further action tonight.',
  'Silent call; said who we are and how to reach us, line went dead.',
  'Professional asking about a vacancy; took contact details for the manager.',
  'Resident unwell; advised NHS 111 and checked back an hour later.',
  'Child unsettled; talked mum through calming strategies, will mention at handover.',
];

const HANDOVER_NOTES = [
  'Quiet night. Fire doors checked at 23:00 and 04:00.',
  'Two calls, both in the log. Nothing outstanding.',
  'Alarm panel showed a fault at 02:15; reset, working. Please tell maintenance.',
  'Unit 3 asked for a call back from her key worker today.',
  'New arrival settled in; keys given, house rules explained.',
];

/**
 * Acts as a demo user for writes that record who made them (calls, handovers, acknowledgements),
 * so the demo reads as the night workers' own log: the seed's only liberty with the session.
 */
function asUser<T>(ws: Workspace, userId: number | null, fn: () => T): T {
  const session = requireSession(ws);
  const user = userId === null ? null : getUser(requireDb(ws), userId);
  if (!user) return fn();
  const saved = { ...session };
  Object.assign(session, { userId: user.id, username: user.username, displayName: user.displayName, role: user.role });
  try {
    return fn();
  } finally {
    Object.assign(session, saved);
  }
}

/**
 * Fills a year of rota for the demo staff through the rota services: shift types and
 * requirements, rotations from six months ago (with a planned change next month), leave,
 * overrides filling some gaps, one-off training shifts, swaps in every state, and recent phone
 * calls and handovers. Deterministic for a given rng and `today`. Pass the seed clock to date
 * handovers on the days they describe; without it they are written now. Run as an administrator.
 */
export function seedRota(ws: Workspace, opts: { rng: Rng; scale: 'small' | 'large'; today: Date; clock?: SeedClock }): SeededRota {
  const { rng } = opts;
  const db = requireDb(ws);
  const todayDay = londonDayOf(opts.today.getTime());
  const start = dateOf(todayDay - 182);
  const d = (offset: number) => dateOf(todayDay + offset);
  const out = { staff: 0, rotations: 0, leave: 0, cover: 0, swaps: 0, calls: 0, handovers: 0 };
  const ids = {} as Record<Key, number>;
  const users = {} as Record<Key, number | null>;

  // Rules about the past (no swapping a started shift, no call logged in the future) are checked
  // against the workspace clock, so it must read "today" while seeding.
  opts.clock?.set(opts.today);
  db.transaction(() => {
    for (const p of PEOPLE) {
      const user = p.username ? getUserByUsername(db, p.username) : null;
      users[p.key] = user?.id ?? null;
      ids[p.key] = addStaff(ws, {
        userId: user?.id ?? null,
        name: p.name,
        sex: p.sex,
        role: p.role,
        skills: [...p.skills],
        contractedHours: p.hours,
        wtrOptOutDate: p.key === 'kofi' ? dateOf(todayDay - 300) : null,
        contactNumber: `07700 900${String(100 + out.staff * 7).padStart(3, '0')}`,
      }).id;
      out.staff++;
    }

    const type = (name: string, kind: Parameters<typeof addShiftType>[1]['kind'], s: string, e: string, covers: ('office' | 'phone' | 'manager_on_call')[], night: boolean, working: boolean) =>
      addShiftType(ws, { name, kind, defaultStart: s, defaultEnd: e, covers, nightWork: night, countsAsWorkingTime: working }).id;
    const office = type('Office day', 'office_day', '09:00', '17:00', ['office', 'phone'], false, true);
    const evening = type('Evening', 'evening', '17:00', '22:00', ['office', 'phone'], false, true);
    const waking = type('Waking night', 'waking_night', '22:00', '08:00', ['office', 'phone'], true, true);
    const onCall = type('On-call phone', 'on_call_phone', '17:00', '09:00', ['phone'], false, false);
    const manager = type('Manager on call', 'manager_on_call', '09:00', '09:00', ['manager_on_call'], false, false);
    type('Sleep-in', 'sleep_in', '22:00', '08:00', ['office'], true, true);

    const req = (label: string, f: Partial<Parameters<typeof addRequirement>[1]>) =>
      addRequirement(ws, { label, shiftTypeId: null, from: '00:00', to: '00:00', daysOfWeek: [1, 2, 3, 4, 5, 6, 7], minPeople: 1, requiredSkill: null, requiredSex: null, ...f });
    req('Two in the office on weekdays', { shiftTypeId: office, from: '09:00', to: '17:00', daysOfWeek: [1, 2, 3, 4, 5], minPeople: 2 });
    req('Waking night cover', { shiftTypeId: waking, from: '22:00', to: '08:00' });
    req('Manager on call at all times', { shiftTypeId: manager });
    req('A female worker reachable at all times', { requiredSex: 'female' });
    req('A first aider in the office on weekdays', { from: '09:00', to: '17:00', daysOfWeek: [1, 2, 3, 4, 5], requiredSkill: 'first_aid' });

    const rot = (name: string, shiftTypeId: number, s: string, e: string, people: Key[], turn: number, days = [1, 2, 3, 4, 5, 6, 7]) => {
      out.rotations++;
      return addRotation(ws, { name, shiftTypeId, startDate: start, startTime: s, endTime: e, daysOfWeek: days, turnLengthDays: turn, people: people.map((k) => ids[k]), endDate: null }).id;
    };
    rot('Manager on call', manager, '09:00', '09:00', ['mona', 'marcus'], 7);
    const nights = rot('Waking nights', waking, '22:00', '08:00', ['nina', 'olu', 'grace', 'tom'], 2);
    rot('On-call phone', onCall, '17:00', '09:00', ['sophie', 'priya', 'david', 'hannah'], 7);
    rot('Office A', office, '09:00', '17:00', ['sophie', 'hannah'], 1, [1, 2, 3, 4, 5]);
    rot('Office B', office, '09:00', '17:00', ['priya', 'david'], 1, [1, 2, 3, 4, 5]);
    rot('Evenings', evening, '17:00', '22:00', ['aisha', 'kofi'], 1);
    // A planned change: Aisha joins the waking nights from five weeks on (earlier nights stay).
    editRotation(ws, { rotationId: nights, effectiveFrom: d(35), name: 'Waking nights', shiftTypeId: waking, startDate: start, startTime: '22:00', endTime: '08:00', daysOfWeek: [1, 2, 3, 4, 5, 6, 7], turnLengthDays: 2, people: [ids.nina, ids.olu, ids.grace, ids.tom, ids.aisha], endDate: null });

    // Leave across the year: a fortnight and a week each, plus the odd sick day in the past.
    for (const p of PEOPLE) {
      for (const len of [14, 7]) {
        const from = todayDay - 170 + rng.int(0, 330);
        addLeave(ws, { staffId: ids[p.key], start: `${dateOf(from)}T00:00`, end: `${dateOf(from + len)}T00:00`, type: 'annual' });
        out.leave++;
      }
      if (rng.chance(0.4)) {
        const day = todayDay - rng.int(5, 150);
        addLeave(ws, { staffId: ids[p.key], start: `${dateOf(day)}T00:00`, end: `${dateOf(day + 1)}T00:00`, type: 'sick' });
        out.leave++;
      }
    }

    // A manager fills the "female worker reachable" gaps of the coming four weeks with Aisha or
    // Grace on the phone; later gaps are left for the demo to show.
    const upcoming = resolveRota(loadRotaInput(db, todayDay, todayDay + 27, false), { from: d(0), to: d(27) });
    for (const g of upcoming.gaps.filter((x) => x.reason === 'no female worker reachable').slice(0, 12)) {
      const who = rng.chance(0.5) ? ids.aisha : ids.grace;
      addCover(ws, 'override', { shiftTypeId: onCall, staffId: who, replacesStaffId: null, start: g.startLocal, end: g.endLocal, note: 'Cover so a female worker can be reached' });
      out.cover++;
    }
    // Training days: one-off office shifts for the sessional workers.
    for (const offset of [-60, -20, 10, 40]) {
      let day = todayDay + offset;
      while (weekdayOf(day) > 5) day++;
      addCover(ws, 'one_off', { shiftTypeId: office, staffId: rng.chance(0.5) ? ids.grace : ids.tom, replacesStaffId: null, start: `${dateOf(day)}T09:00`, end: `${dateOf(day)}T17:00`, note: 'Training day' });
      out.cover++;
    }

    // Swaps of on-call weeks, one in each state.
    const later = resolveRota(loadRotaInput(db, todayDay + 14, todayDay + 41, false), { from: d(14), to: d(41) }).assignments.filter((a) => a.shiftTypeId === onCall && a.source.kind === 'rotation');
    const states = ['approved', 'accepted', 'requested', 'declined'] as const;
    states.forEach((state, i) => {
      const a = later[i * 5];
      if (!a) return;
      const other = [ids.sophie, ids.priya, ids.david, ids.hannah].find((x) => x !== a.staffId)!;
      const swap = requestSwap(ws, { requesterStaffId: a.staffId, counterpartStaffId: other, give: { shiftTypeId: onCall, start: a.startLocal, end: a.endLocal }, take: null, note: 'Family commitment' });
      if (state !== 'requested') actOnSwap(ws, state === 'declined' ? 'decline' : 'accept', { id: swap.id });
      if (state === 'approved') actOnSwap(ws, 'approve', { id: swap.id, comment: 'Fine by me' });
      out.swaps++;
    });

    // Out-of-hours calls over recent months, logged by the night workers.
    const callDays = opts.scale === 'large' ? 360 : 90;
    const calls = opts.scale === 'large' ? 600 : 60;
    for (let i = 0; i < calls; i++) {
      const day = todayDay - callDays + Math.floor(((i + rng.next()) / calls) * callDays);
      const at = localToInstant(`${dateOf(day)}T${String(rng.pick([18, 19, 21, 22, 23, 0, 1, 2, 3, 5, 6])).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`);
      if (at >= opts.today.getTime()) continue;
      const followUp = rng.chance(0.25);
      const call = asUser(ws, users[rng.pick(['nina', 'olu'] as const)], () =>
        logCall(ws, {
          at: new Date(at).toISOString(),
          callerType: rng.weighted(CALL_TYPES),
          caseId: null,
          actionTaken: rng.pick(ACTIONS),
          managerCalled: rng.chance(0.15),
          policeCalled: rng.chance(0.05),
          followUpNeeded: followUp,
          followUpNote: followUp ? 'Key worker to call back' : '',
        }),
      );
      // Older follow-ups have been closed; those of the last fortnight stay open on the list.
      if (followUp && at < opts.today.getTime() - 14 * DAY_MS) closeFollowUp(ws, { id: call.id, note: 'Called back; all fine.' });
      out.calls++;
    }

    // Handovers from the night workers each morning of the last fortnight, read by the day staff.
    const handoverDays = opts.scale === 'large' ? 60 : 14;
    for (let back = handoverDays; back >= 1; back--) {
      const at = localToInstant(`${d(-back)}T07:45`);
      opts.clock?.set(new Date(at));
      const h = asUser(ws, users[back % 2 ? 'nina' : 'olu'], () =>
        writeHandover(ws, { generalNotes: rng.pick(HANDOVER_NOTES), notes: rng.chance(0.5) ? [{ targetLabel: `Unit ${rng.int(1, 11)}`, caseId: null, note: rng.pick(ACTIONS) }] : [] }),
      );
      out.handovers++;
      opts.clock?.set(new Date(at + 20 * 60_000));
      if (back > 1) for (const k of ['sophie', 'mona'] as const) if (users[k] !== null) asUser(ws, users[k], () => acknowledgeHandover(ws, { id: h.id }));
    }
    opts.clock?.set(opts.today);
  })();

  return {
    ...out,
    summary: `rota: ${out.staff} staff, ${out.rotations} rotations from ${start}, ${out.leave} leave, ${out.cover} cover, ${out.swaps} swaps, ${out.calls} calls, ${out.handovers} handovers`,
  };
}
