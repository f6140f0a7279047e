import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import ical from 'ical-generator';
import type { ResolvedRota } from '../../../../shared/rota/schemas/resolved.schema';
import { ROTA_ZONE } from '../../../../shared/rota/zone';
import { LONDON_VTIMEZONE } from './london-vtimezone';

dayjs.extend(utc);
dayjs.extend(timezone);

const COVER_WORDS: Record<string, string> = { office: 'office', phone: 'phone', manager_on_call: 'manager on call' };

/** The iCalendar UID of an assignment: its stable key, so re-importing updates instead of duplicating. */
export function assignmentUid(key: string): string {
  return `${key}@rota.waymark`;
}

/**
 * An iCalendar file of the rota (or one person's shifts): TZID=Europe/London times with the zone
 * described in the file, so calendar programs show the wall-clock times the rota was written in
 * and get the instants right across a clock change. Dates are passed as dayjs objects: for a
 * plain Date the library would use the machine's own zone.
 */
export function rotaIcs(rota: ResolvedRota, opts: { calendarName: string; staffId?: number; stamp: Date }): string {
  const cal = ical({ name: opts.calendarName, prodId: { company: 'Waymark', product: 'Rota', language: 'EN' } });
  // No calendar-wide zone (it would also put DTSTAMP in local time, which RFC 5545 forbids): each
  // event carries TZID=Europe/London and the generator writes the VTIMEZONE those events name.
  cal.timezone({ name: null, generator: (tz) => (tz === ROTA_ZONE ? LONDON_VTIMEZONE : null) });
  const names = new Map(rota.staff.map((s) => [s.id, s.name]));
  const types = new Map(rota.shiftTypes.map((t) => [t.id, t.name]));
  for (const a of rota.assignments) {
    if (opts.staffId !== undefined && a.staffId !== opts.staffId) continue;
    const type = types.get(a.shiftTypeId) ?? 'Shift';
    const covers = a.covers.map((c) => COVER_WORDS[c] ?? c).join(', ');
    cal.createEvent({
      id: assignmentUid(a.key),
      start: dayjs.utc(a.start),
      end: dayjs.utc(a.end),
      timezone: ROTA_ZONE,
      stamp: dayjs.utc(opts.stamp),
      summary: `${type} – ${names.get(a.staffId) ?? `staff ${a.staffId}`}`,
      description: `${type}${covers ? ` (covers ${covers})` : ''}. ${a.hours} hours.${a.onLeave ? ' Rostered during leave: check the rota.' : ''}`,
    });
  }
  return cal.toString();
}
