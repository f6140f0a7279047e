# Reads an iCalendar file on stdin with Debian's python3-icalendar (an independent parser) and
# prints each event's UID, summary and start/end in UTC as JSON, for the export tests. Times are
# converted twice: as the parser reads TZID=Europe/London, and with the VTIMEZONE block the file
# itself carries (so a wrong block would show).
import json
import sys
from datetime import timezone

import icalendar

cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
zones = {str(z.get('tzid')): z.to_tz() for z in cal.walk('VTIMEZONE')}


def utc(dt):
    return dt.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


events = []
for ev in cal.walk('VEVENT'):
    start = ev.get('dtstart')
    end = ev.get('dtend')
    tzid = start.params.get('TZID')
    own = zones.get(tzid)
    events.append({
        'uid': str(ev.get('uid')),
        'summary': str(ev.get('summary')),
        'tzid': tzid,
        'stamp': utc(ev.get('dtstamp').dt),
        'start': utc(start.dt),
        'end': utc(end.dt),
        'startByFileZone': utc(own.localize(start.dt.replace(tzinfo=None))) if own else None,
        'endByFileZone': utc(own.localize(end.dt.replace(tzinfo=None))) if own else None,
    })
print(json.dumps({'zones': sorted(zones), 'events': events}))
