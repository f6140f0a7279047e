import type { UnitSaveInput } from '../../../shared/allocation/schemas/unit.schema';
import type { ReferralCapture } from '../../../shared/cases/schemas/referral';
import type { AcceptedTo } from '../../../shared/cases/vocab';
import { foldHeader } from '../../../shared/import/cells';
import type { ImportKind } from '../../../shared/import/targets';
import type { ValidRow } from '../../../shared/import/validate';
import type { StaffFields } from '../../db/repos/rota/rota-staff.repo';
import { importedKeys, rememberImport } from '../../db/repos/import/import-keys.repo';
import { listUnits } from '../../db/repos/allocation/units.repo';
import { listStaff } from '../../db/repos/rota/rota-staff.repo';
import { saveUnit } from '../allocation/units.service';
import { createReferral, decide } from '../cases/referrals.service';
import { addStaff } from '../rota/rota-staff.service';
import { nowIso, requireDb, type Workspace } from '../workspace';

/*
 * Where each kind's rows go: always through the feature's own service, so the same checks,
 * audit entries and side effects apply as when a record is typed in by hand.
 */

/** The natural keys of records already in Waymark, so a re-import leaves them alone. */
export function existingKeys(ws: Workspace, kind: ImportKind): Set<string> {
  const db = requireDb(ws);
  if (kind === 'units') return new Set(listUnits(db).map((u) => `code:${u.code.trim().toLowerCase()}`));
  const keys = importedKeys(db, kind);
  if (kind === 'staff') {
    // People already in the directory (typed in, or imported without an id column) by name and phone.
    for (const s of listStaff(db, true)) keys.add(`name:${foldHeader(s.name)}|${(s.contactNumber ?? '').replace(/\D/g, '')}`);
  }
  return keys;
}

/** Writes one valid row through its feature's service and remembers its key. */
export function importOne(ws: Workspace, kind: ImportKind, r: ValidRow): void {
  const db = requireDb(ws);
  if (kind === 'units') {
    saveUnit(ws, { ...(r.input as Omit<UnitSaveInput, 'id'>), id: null });
    return;
  }
  if (kind === 'staff') {
    const s = addStaff(ws, { ...(r.input as unknown as StaffFields), userId: null });
    rememberImport(db, 'staff', r.key, s.id, nowIso(ws));
    return;
  }
  const created = createReferral(ws, r.input as ReferralCapture);
  const acceptedTo = r.extras.acceptedTo as (typeof AcceptedTo.codes)[number] | undefined;
  if (acceptedTo !== undefined) decide(ws, { referralId: created.referralId, outcome: 'accepted', acceptedTo, note: 'Imported from a spreadsheet.' });
  rememberImport(db, 'cases', r.key, created.referralId, nowIso(ws));
}
