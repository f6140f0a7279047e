import { trainingExpiresOn, addMonths } from '../../shared/staff-records/rules.staff-records';
import type { SpecialistRoleCode } from '../../shared/staff-records/vocab.staff-records';
import { londonDate } from '../../shared/time/london';
import { listStaff } from '../db/repos/rota/rota-staff.repo';
import { insertDbs, insertFte, insertTraining, listCourses } from '../db/repos/staff-records/staff-records.repo';
import { audit, requireDb, requireSession, type Workspace } from '../services/workspace';
import type { Rng } from './rng';
import type { SeedClock } from './seed-clock';

/*
 * Demonstration staff records for everyone in the rota's staff directory (run it after the rota
 * seed): training on the course list — mandatory courses for almost everyone, a few expired or
 * about to expire — enhanced DBS checks (one overdue, one never recorded), and FTE in specialist
 * roles for the paid staff, so the matrix, the due list and the annual return's specialist FTE all
 * have something to show. Written through the repositories in seed-demo's transaction, one audit
 * entry for the whole seed; every date is on or before today.
 */

/** What was made, for seed-demo's summary. */
export interface SeededStaffRecords {
  people: number;
  training: number;
  dbs: number;
  fte: number;
  summary: string;
}

const ROLE_FOR: Record<string, SpecialistRoleCode | null> = {
  manager: 'service_manager',
  support_worker: 'safe_accommodation_support',
  night_worker: 'night_support',
  sessional_worker: 'outreach',
  administrator: null,
  volunteer: null,
  agency_cover: null,
};

const PROVIDERS = ['Women’s Aid', 'SafeLives', 'Local safeguarding partnership', 'St John Ambulance', 'In-house', 'Council learning hub'];

function minusDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
}

/** Seeds training, DBS checks and specialist FTE for the staff directory. */
export function seedStaffRecords(ws: Workspace, opts: { rng: Rng; clock: SeedClock; today: Date }): SeededStaffRecords {
  const db = requireDb(ws);
  const { rng } = opts;
  const by = requireSession(ws).userId;
  const today = londonDate(opts.today);
  const at = opts.today.toISOString();
  const courses = listCourses(db).filter((c) => c.active);
  const people = listStaff(db, true);
  const result = { people: people.length, training: 0, dbs: 0, fte: 0 };

  people.forEach((p, i) => {
    // Training: mandatory courses for nearly everyone; others now and then. The first person's
    // domestic abuse training has lapsed, the second's is about to (the due list shows both).
    for (const c of courses) {
      const take = c.mandatory ? !(p.role === 'agency_cover' && rng.chance(0.5)) : rng.chance(0.45);
      if (!take) continue;
      let attended = minusDays(today, rng.int(20, 1000));
      if (c.mandatory && c.renewalMonths !== null && i === 0) attended = minusDays(addMonths(today, -c.renewalMonths), rng.int(10, 60));
      if (c.mandatory && c.renewalMonths !== null && i === 1) attended = minusDays(addMonths(today, -c.renewalMonths), -rng.int(10, 40));
      insertTraining(db, { staffId: p.id, courseId: c.id, attendedOn: attended, expiresOn: trainingExpiresOn(attended, c.renewalMonths), provider: rng.pick(PROVIDERS), notes: '' }, by, at);
      result.training++;
    }

    // DBS: everyone but one volunteer; the third person's check is overdue for renewal.
    if (!(p.role === 'volunteer' && i % 2 === 1)) {
      const checked = i === 2 ? minusDays(addMonths(today, -36), rng.int(5, 90)) : minusDays(today, rng.int(30, 900));
      insertDbs(db, { staffId: p.id, checkedOn: checked, level: rng.chance(0.8) ? 'enhanced_barred' : 'enhanced', certificateRef: String(rng.int(1e11, 1e12 - 1)).padStart(12, '0'), updateService: rng.chance(0.4) }, by, at);
      result.dbs++;
    }

    // Specialist FTE from contracted hours (37.5 a week is full time), from two years ago or when they joined.
    const role = ROLE_FOR[p.role] ?? null;
    if (role && p.active) {
      const fte = Math.min(1, Math.round(((p.contractedHours ?? 37.5) / 37.5) * 100) / 100);
      const from = minusDays(today, rng.int(200, 1100));
      if (p.role === 'support_worker' && i % 3 === 0) {
        // One support worker splits her time with the sanctuary scheme.
        insertFte(db, { staffId: p.id, role: 'safe_accommodation_support', fte: Math.round((fte / 2) * 100) / 100, fromOn: from, toOn: null }, by, at);
        insertFte(db, { staffId: p.id, role: 'sanctuary', fte: Math.round((fte / 2) * 100) / 100, fromOn: from, toOn: null }, by, at);
        result.fte += 2;
      } else {
        insertFte(db, { staffId: p.id, role, fte, fromOn: from, toOn: null }, by, at);
        result.fte++;
      }
    }
  });

  audit(ws, { action: 'seed.staff-records', entity: 'staff_records', detail: `${result.training} training records, ${result.dbs} DBS checks, ${result.fte} FTE records` });
  return { ...result, summary: `staff records: ${result.people} people, ${result.training} training records, ${result.dbs} DBS checks, ${result.fte} specialist FTE records` };
}
