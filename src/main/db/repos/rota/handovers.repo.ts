import type { Handover } from '../../../../shared/rota/schemas/handover.schema';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** A note as stored, before the service withholds what the reader may not see. */
export type HandoverNoteRecord = Omit<Handover['notes'][number], 'hidden'> & {
  /** Whether the case it is linked to is restricted (false when it has none). */
  caseRestricted: boolean;
};

/** A handover as stored, before the service says whether the reader has acknowledged it and withholds notes. */
export type HandoverRecord = Omit<Handover, 'acknowledgedByMe' | 'notes'> & { notes: HandoverNoteRecord[] };

interface HandoverRow {
  id: number;
  written_by: number;
  written_by_name: string;
  written_at: string;
  general_notes: string;
}

const SELECT = `SELECT h.id, h.written_by, u.display_name AS written_by_name, h.written_at, h.general_notes FROM handovers h JOIN users u ON u.id = h.written_by`;

function complete(db: Sqlite, rows: HandoverRow[]): HandoverRecord[] {
  const notes = cached(
    db,
    'SELECT n.target_label, n.case_id, hh.reference AS case_reference, hh.restricted AS case_restricted, n.note FROM handover_notes n LEFT JOIN households hh ON hh.id = n.case_id WHERE n.handover_id = ? ORDER BY n.position',
  );
  const acks = cached(db, 
    'SELECT a.user_id, u.display_name, a.acknowledged_at FROM handover_acks a JOIN users u ON u.id = a.user_id WHERE a.handover_id = ? ORDER BY a.acknowledged_at',
  );
  return rows.map((r) => ({
    id: r.id,
    writtenByUserId: r.written_by,
    writtenByName: r.written_by_name,
    writtenAt: r.written_at,
    generalNotes: r.general_notes,
    notes: (notes.all(r.id) as { target_label: string; case_id: number | null; case_reference: string | null; case_restricted: number | null; note: string }[]).map((n) => ({
      targetLabel: n.target_label,
      caseId: n.case_id,
      caseReference: n.case_reference,
      caseRestricted: n.case_restricted === 1,
      note: n.note,
    })),
    acknowledgements: (acks.all(r.id) as { user_id: number; display_name: string; acknowledged_at: string }[]).map((a) => ({
      userId: a.user_id,
      name: a.display_name,
      at: a.acknowledged_at,
    })),
  }));
}

/** Saves a handover with its notes; returns the new id. */
export function insertHandover(
  db: Sqlite,
  h: { generalNotes: string; notes: { targetLabel: string; caseId: number | null; note: string }[] },
  by: number,
  at: string,
): number {
  const id = Number(cached(db, 'INSERT INTO handovers (written_by, written_at, general_notes) VALUES (?, ?, ?)').run(by, at, h.generalNotes).lastInsertRowid);
  const note = cached(db, 'INSERT INTO handover_notes (handover_id, position, target_label, case_id, note) VALUES (?, ?, ?, ?, ?)');
  h.notes.forEach((n, i) => note.run(id, i, n.targetLabel, n.caseId, n.note));
  return id;
}

/** One handover. */
export function getHandover(db: Sqlite, id: number): HandoverRecord | null {
  const r = cached(db, `${SELECT} WHERE h.id = ?`).get(id) as HandoverRow | undefined;
  return r ? complete(db, [r])[0]! : null;
}

/** Records that a user has read a handover; false if they already had. */
export function acknowledge(db: Sqlite, handoverId: number, userId: number, at: string): boolean {
  return cached(db, 'INSERT OR IGNORE INTO handover_acks (handover_id, user_id, acknowledged_at) VALUES (?, ?, ?)').run(handoverId, userId, at).changes === 1;
}

/** Handovers by others since an instant that a user has not acknowledged, oldest first (read in order). */
export function unreadHandovers(db: Sqlite, userId: number, sinceIso: string): HandoverRecord[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE h.written_at >= ? AND h.written_by <> ?
       AND NOT EXISTS (SELECT 1 FROM handover_acks a WHERE a.handover_id = h.id AND a.user_id = ?) ORDER BY h.written_at, h.id`,
    )
    .all(sinceIso, userId, userId) as HandoverRow[];
  return complete(db, rows);
}

/** Handovers in [fromIso, toIso), newest first. */
export function listHandovers(db: Sqlite, f: { fromIso: string | null; toIso: string | null; limit: number }): HandoverRecord[] {
  const rows = db
    .prepare(`${SELECT} WHERE (:fromIso IS NULL OR h.written_at >= :fromIso) AND (:toIso IS NULL OR h.written_at < :toIso) ORDER BY h.written_at DESC, h.id DESC LIMIT :limit`)
    .all(f) as HandoverRow[];
  return complete(db, rows);
}

/** Handover notes about one case, for the case timeline (newest first). */
export function handoverNotesForCase(db: Sqlite, caseId: number): { handoverId: number; writtenAt: string; writtenByName: string; targetLabel: string; note: string }[] {
  return db
    .prepare(
      `SELECT h.id AS handoverId, h.written_at AS writtenAt, u.display_name AS writtenByName, n.target_label AS targetLabel, n.note AS note
       FROM handover_notes n JOIN handovers h ON h.id = n.handover_id JOIN users u ON u.id = h.written_by
       WHERE n.case_id = ? ORDER BY h.written_at DESC, n.position`,
    )
    .all(caseId) as { handoverId: number; writtenAt: string; writtenByName: string; targetLabel: string; note: string }[];
}
