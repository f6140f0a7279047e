import { isOutOfHours } from '../../../shared/rota/out-of-hours';
import type { PhoneCall } from '../../../shared/rota/schemas/phone-log.schema';
import type { Sqlite } from '../../db/connection';
import type { TimelineEvent, TimelineSource } from '../cases/timeline';

type Row = { at: string; kind: string; a: string | null; b: string | null; flags: string | null; by: string | null };

/*
 * One query per kind of on-call event; each returns (at, kind, two detail columns, flags, who).
 * case_id on calls and handover notes holds the household's id (what the case record opens by).
 * A call's flags are three digits: manager called, police called, follow-up needed.
 */
const QUERIES = `
  SELECT c.call_at AS at, 'phone-call' AS kind, c.caller_type AS a, c.action_taken AS b,
         printf('%d%d%d', c.manager_called, c.police_called, c.follow_up_needed) AS flags, u.display_name AS by
    FROM phone_calls c LEFT JOIN users u ON u.id = c.logged_by WHERE c.case_id = :h
  UNION ALL
  SELECT c.follow_up_closed_at, 'call-follow-up-closed', c.follow_up_note, c.follow_up_close_note, NULL, u.display_name
    FROM phone_calls c LEFT JOIN users u ON u.id = c.follow_up_closed_by WHERE c.case_id = :h AND c.follow_up_closed_at IS NOT NULL
  UNION ALL
  SELECT h.written_at, 'handover-note', n.target_label, n.note, NULL, u.display_name
    FROM handover_notes n JOIN handovers h ON h.id = n.handover_id LEFT JOIN users u ON u.id = h.written_by WHERE n.case_id = :h`;

/** Who rang, as the middle of "call from …". */
const CALLER: Record<PhoneCall['callerType'], string> = {
  resident: 'a resident',
  ex_resident: 'an ex-resident',
  new_referral: 'a new referral',
  professional: 'a professional',
  family_or_friend: 'family or a friend',
  unknown_or_silent: 'an unknown or silent caller',
  other: 'another caller',
};

/** Notes can run to 20,000 characters; a timeline line shows the start of one, on one line. */
const EXCERPT_CHARS = 200;

function excerpt(text: string | null): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : flat;
}

function withText(head: string, text: string | null): string {
  const t = excerpt(text);
  return t ? `${head}: ${t}` : head;
}

function callSummary(r: Row): string {
  const [manager, police, followUp] = (r.flags ?? '000').split('').map((d) => d === '1');
  const done = [manager && 'manager called', police && 'police called', followUp && 'follow-up needed'].filter(Boolean);
  const when = isOutOfHours(Date.parse(r.at)) ? 'Out-of-hours call' : 'Call in office hours';
  const who = CALLER[r.a as PhoneCall['callerType']] ?? 'someone';
  const head = `${when} from ${who}${done.length ? ` — ${done.join('; ')}` : ''}`;
  const what = excerpt(r.b);
  return what ? `${head}. ${what}` : head;
}

function summary(r: Row): string {
  switch (r.kind) {
    case 'phone-call':
      return callSummary(r);
    case 'call-follow-up-closed':
      return withText('Follow-up from a call closed', r.b);
    case 'handover-note':
      return withText(`Handover note by ${r.by ?? 'someone'} (${r.a})`, r.b);
    default:
      return r.kind;
  }
}

/**
 * The on-call events of a household: out-of-hours calls linked to its case, their follow-ups
 * closed, and shift-handover notes about it. Like every source it is read only inside the case
 * record, after the case has been opened, so a restricted case's calls and notes are seen only by
 * the workers named on it.
 */
export const onCallTimeline: TimelineSource = (db: Sqlite, householdId: number): TimelineEvent[] =>
  (db.prepare(QUERIES).all({ h: householdId }) as Row[]).map((r) => ({ at: r.at, kind: r.kind, summary: summary(r), by: r.by }));
