import { AppError } from '../../shared/errors';
import { SettingsSchema, type Settings } from '../../shared/schemas/settings';
import { getMeta, setMeta } from '../db/repos/meta.repo';
import { readSettings, writeSettings } from '../db/repos/settings.repo';
import { audit, requireDb, type Workspace } from './workspace';

/** Settings every new database starts with. */
export const DEFAULT_SETTINGS = { idleLockMinutes: 10, escalationIncidents: 3, escalationMonths: 12 } as const;

/** The current settings (stored values over defaults; the organisation from meta). */
export function getSettings(ws: Workspace): Settings {
  const db = requireDb(ws);
  const stored = readSettings(db);
  return SettingsSchema.parse({
    ...DEFAULT_SETTINGS,
    ...stored,
    orgName: getMeta(db, 'org_name') ?? '',
    orgAddress: getMeta(db, 'org_address') ?? '',
    orgPhone: getMeta(db, 'org_phone') ?? '',
    orgEmail: getMeta(db, 'org_email') ?? '',
  });
}

/** Updates settings; the audit entry names the keys changed, not their values. */
export function updateSettings(ws: Workspace, patch: Partial<Settings>): Settings {
  const db = requireDb(ws);
  const keys = Object.keys(patch).filter((k) => patch[k as keyof Settings] !== undefined);
  if (keys.length === 0) throw new AppError('INVALID_INPUT', 'Nothing to change.');
  db.transaction(() => {
    const { orgName, orgAddress, orgPhone, orgEmail, ...rest } = patch;
    if (orgName !== undefined) setMeta(db, 'org_name', orgName);
    if (orgAddress !== undefined) setMeta(db, 'org_address', orgAddress);
    if (orgPhone !== undefined) setMeta(db, 'org_phone', orgPhone);
    if (orgEmail !== undefined) setMeta(db, 'org_email', orgEmail);
    writeSettings(db, rest);
    audit(ws, { action: 'settings.update', entity: 'settings', detail: keys.sort().join(', ') });
  })();
  return getSettings(ws);
}
