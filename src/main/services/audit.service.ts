import type { z } from 'zod';
import type { AuditEntry, AuditQuerySchema } from '../../shared/schemas/audit';
import { addDays, londonDayStart } from '../../shared/time/london';
import { listAudit, verifyAuditChain, type ChainCheck } from '../db/repos/audit.repo';
import { requireDb, type Workspace } from './workspace';

/** Lists audit entries; dates are London calendar days, `to` inclusive. */
export function listAuditEntries(ws: Workspace, q: z.output<typeof AuditQuerySchema>): AuditEntry[] {
  return listAudit(requireDb(ws), {
    userId: q.userId,
    action: q.action,
    entity: q.entity,
    fromIso: q.from ? londonDayStart(q.from).toISOString() : undefined,
    toIso: q.to ? londonDayStart(addDays(q.to, 1)).toISOString() : undefined,
    beforeId: q.beforeId,
    limit: q.limit,
  });
}

/** Walks the audit chain. */
export function verifyAudit(ws: Workspace): ChainCheck {
  return verifyAuditChain(requireDb(ws));
}
