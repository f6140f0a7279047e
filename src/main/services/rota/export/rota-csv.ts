import Papa from 'papaparse';
import type { ResolvedRota } from '../../../../shared/rota/schemas/resolved.schema';

/*
 * A cell beginning with = + - @ or a tab / carriage return is read as a formula by spreadsheet
 * programs; papaparse prefixes such cells with a quote. Its built-in pattern stops at a line
 * break (".*$" without the m flag), so a name like "=HYPERLINK(…)\n" would slip through: this
 * pattern only looks at the first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const STAFF_ROLE_WORDS: Record<string, string> = {
  manager: 'Manager',
  support_worker: 'Support worker',
  night_worker: 'Night worker',
  administrator: 'Administrator',
  sessional_worker: 'Sessional worker',
  volunteer: 'Volunteer',
  agency_cover: 'Agency cover',
};

/**
 * Hours per person for payroll: one row per person on the rota in the period, UTF-8 with a byte
 * order mark (so Excel reads names in any script correctly), formula-escaped.
 */
export function hoursCsv(rota: ResolvedRota, roles: ReadonlyMap<number, string>): string {
  const names = new Map(rota.staff.map((s) => [s.id, s.name]));
  const rows = rota.people
    .map((p) => ({ p, name: names.get(p.staffId) ?? `staff ${p.staffId}` }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.p.staffId - b.p.staffId)
    .map(({ p, name }) => [
      p.staffId,
      name,
      STAFF_ROLE_WORDS[roles.get(p.staffId) ?? ''] ?? '',
      rota.from,
      rota.to,
      p.contractedHours ?? '',
      p.hours.toFixed(2),
      p.workingHours.toFixed(2),
      p.shifts,
      p.nights,
      p.weekends,
    ]);
  const csv = Papa.unparse(
    {
      fields: ['Staff id', 'Name', 'Role', 'From', 'To', 'Contracted hours a week', 'Rostered hours', 'Working hours', 'Shifts', 'Nights', 'Weekend shifts'],
      data: rows,
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return '\uFEFF' + csv + '\r\n';
}
