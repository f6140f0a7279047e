import { formatDay, formatDayLong, formatMonth } from '../../../../shared/rota/format';
import type { Assignment, ResolvedRota } from '../../../../shared/rota/schemas/resolved.schema';
import { dateOf, dayOf, weekdayOf } from '../../../../shared/rota/zone';
import { html, raw } from '../../pdf/html';

/*
 * The printable rota: self-contained HTML (inline CSS, no scripts, nothing fetched) for A4
 * landscape. It must read in black and white, so nothing relies on colour: gaps and conflicts
 * are words in bold boxes, leave is written out, and every table has ruled borders.
 */

const CSS = `
@page { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; color: #000; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 2mm; }
h2 { font-size: 11pt; margin: 4mm 0 2mm; }
p.meta { margin: 0 0 3mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; page-break-inside: auto; }
th, td { border: 0.6pt solid #000; padding: 1mm 1.2mm; vertical-align: top; text-align: left; }
th { background: #e6e6e6; font-weight: bold; }
td.off { background: repeating-linear-gradient(45deg, #fff, #fff 2mm, #ddd 2mm, #ddd 2.6mm); }
tr { page-break-inside: avoid; }
.week { page-break-inside: avoid; break-inside: avoid; margin-bottom: 3mm; }
.shift { display: block; margin-bottom: 0.8mm; }
.flag { display: inline-block; border: 1pt solid #000; font-weight: bold; padding: 0 1mm; margin: 0.5mm 0; }
.gap { border-style: dashed; }
.num { text-align: right; }
`;

function heading(rota: ResolvedRota): string {
  const from = dayOf(rota.from);
  const to = dayOf(rota.to);
  if (to - from === 6 && weekdayOf(from) === 1) return `Week of ${formatDayLong(from)}`;
  const first = rota.from.slice(0, 8) + '01';
  const nextMonth = new Date(Date.UTC(Number(rota.from.slice(0, 4)), Number(rota.from.slice(5, 7)), 1)).toISOString().slice(0, 10);
  if (rota.from === first && dateOf(dayOf(nextMonth) - 1) === rota.to) return formatMonth(rota.from);
  return `${formatDayLong(from)} to ${formatDayLong(to)}`;
}

function hhmm(local: string): string {
  return local.slice(11, 16);
}

function weekTable(rota: ResolvedRota, monday: number, names: Map<number, string>): string {
  const from = dayOf(rota.from);
  const to = dayOf(rota.to);
  const days = Array.from({ length: 7 }, (_, i) => monday + i);
  const byCell = new Map<string, Assignment[]>();
  for (const a of rota.assignments) {
    const k = `${a.shiftTypeId}|${a.startLocal.slice(0, 10)}`;
    const list = byCell.get(k);
    if (list) list.push(a);
    else byCell.set(k, [a]);
  }
  const typeRows = rota.shiftTypes
    .filter((t) => days.some((d) => byCell.has(`${t.id}|${dateOf(d)}`)))
    .map((t) => {
      const cells = days.map((d) => {
        if (d < from || d > to) return html`<td class="off"></td>`;
        const list = byCell.get(`${t.id}|${dateOf(d)}`) ?? [];
        return html`<td>${list.map((a) =>
          raw(html`<span class="shift">${names.get(a.staffId) ?? `staff ${a.staffId}`} ${hhmm(a.startLocal)}–${hhmm(a.endLocal)}${a.onLeave ? raw(html` <span class="flag">ON LEAVE</span>`) : ''}</span>`),
        )}</td>`;
      });
      return html`<tr><th scope="row">${t.name}</th>${cells.map((c) => raw(c))}</tr>`;
    });
  const gapCells = days.map((d) => {
    if (d < from || d > to) return html`<td class="off"></td>`;
    const date = dateOf(d);
    const gaps = rota.gaps.filter((g) => g.startLocal.slice(0, 10) === date);
    const conflicts = rota.conflicts.filter((c) => c.startLocal.slice(0, 10) === date);
    return html`<td>${gaps.map((g) => raw(html`<span class="shift"><span class="flag gap">GAP</span> ${hhmm(g.startLocal)}–${hhmm(g.endLocal)} ${g.reason}</span>`))}${conflicts.map((c) =>
      raw(html`<span class="shift"><span class="flag">CONFLICT</span> ${c.message}</span>`),
    )}</td>`;
  });
  return html`<section class="week">
<h2>Week of ${formatDayLong(monday)}</h2>
<table>
<thead><tr><th scope="col" style="width:13%">Shift</th>${days.map((d) => raw(html`<th scope="col">${formatDay(d)}</th>`))}</tr></thead>
<tbody>${typeRows.map((r) => raw(r))}<tr><th scope="row">Gaps and conflicts</th>${gapCells.map((c) => raw(c))}</tr></tbody>
</table>
</section>`;
}

function hoursTable(rota: ResolvedRota, names: Map<number, string>): string {
  const rows = [...rota.people].sort((a, b) => (names.get(a.staffId) ?? '').localeCompare(names.get(b.staffId) ?? '', 'en-GB'));
  const f = rota.fairness;
  return html`<section>
<h2>Hours per person</h2>
<table>
<thead><tr><th scope="col">Name</th><th scope="col" class="num">Rostered hours</th><th scope="col" class="num">Working hours</th><th scope="col" class="num">Shifts</th><th scope="col" class="num">Nights</th><th scope="col" class="num">Weekend shifts</th></tr></thead>
<tbody>${rows.map((p) =>
    raw(
      html`<tr><td>${names.get(p.staffId) ?? `staff ${p.staffId}`}</td><td class="num">${p.hours.toFixed(2)}</td><td class="num">${p.workingHours.toFixed(2)}</td><td class="num">${p.shifts}</td><td class="num">${p.nights}</td><td class="num">${p.weekends}</td></tr>`,
    ),
  )}</tbody>
</table>
<p class="meta">Fairness across ${f.people} people: hours vary by ${(f.hours.cv * 100).toFixed(0)}% (coefficient of variation), nights and weekends by ${(f.nightsWeekends.cv * 100).toFixed(0)}%. ${f.definition}</p>
</section>`;
}

/** The rota for a period as a printable HTML document. */
export function rotaPrintHtml(rota: ResolvedRota, opts: { orgName: string }): string {
  const names = new Map(rota.staff.map((s) => [s.id, s.name]));
  const from = dayOf(rota.from);
  const firstMonday = from - (weekdayOf(from) - 1);
  const weeks: string[] = [];
  for (let m = firstMonday; m <= dayOf(rota.to); m += 7) weeks.push(weekTable(rota, m, names));
  const title = `Rota — ${heading(rota)}`;
  return html`<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title><style>${raw(CSS)}</style></head>
<body>
<h1>${title}</h1>
<p class="meta">${opts.orgName}. Times are London time. ${rota.gaps.length} gap${rota.gaps.length === 1 ? '' : 's'}, ${rota.conflicts.length} conflict${rota.conflicts.length === 1 ? '' : 's'}.</p>
${weeks.map((w) => raw(w))}
${raw(hoursTable(rota, names))}
</body></html>`;
}
