import { html, raw } from '../pdf/html';

/*
 * The readable form of a subject access export: one section per kind of record, each row as a
 * list of field and value. Every value goes through html`` (escaped), so a note holding pasted
 * HTML prints as text.
 */

const LABELS: Record<string, string> = {
  households: 'Household',
  people: 'People in the household',
  referrals: 'Referrals (episodes)',
  contact_attempts: 'Contact attempts',
  risk_assessments: 'Risk assessments',
  incidents: 'Incidents',
  marac_referrals: 'MARAC referrals',
  perpetrators: 'Perpetrators (third-party information: review before release)',
  court_orders: 'Court orders (third-party information: review before release)',
  case_access: 'Workers named on a restricted case',
  person_corrections: 'Corrections (history: old value, new value, who, when, why)',
  phone_calls: 'Out-of-hours phone calls about the household',
  handover_notes: 'Shift handover notes about the household',
};

function label(table: string): string {
  return LABELS[table] ?? table.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
}

/** The whole document. */
export function subjectAccessHtml(opts: { orgName: string; generatedAt: string; reference: string; personLabel: string; records: Record<string, Record<string, unknown>[]> }): string {
  const sections = Object.entries(opts.records)
    .filter(([, rows]) => rows.length > 0)
    .map(
      ([table, rows]) => html`<section><h2>${label(table)} (${rows.length})</h2>${rows.map((r) =>
        raw(html`<dl>${Object.entries(r).map(([k, v]) => raw(html`<dt>${k.replaceAll('_', ' ')}</dt><dd>${v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v)}</dd>`))}</dl>`),
      )}</section>`,
    );
  return html`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Subject access export</title>
<style>body{font:11pt/1.4 sans-serif;margin:0}h1{font-size:16pt}h2{font-size:13pt;border-bottom:1px solid #999;margin-top:18pt}
dl{display:grid;grid-template-columns:14em 1fr;gap:2pt 8pt;margin:6pt 0 10pt;padding-bottom:6pt;border-bottom:1px dotted #ccc;break-inside:avoid}dt{font-weight:bold}dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}</style></head>
<body><h1>Subject access export — ${opts.personLabel}</h1>
<p>${opts.orgName}. Case ${opts.reference}. Generated ${opts.generatedAt}. Everything Waymark holds about this household, across every episode.</p>
${sections.map((s) => raw(s))}</body></html>`;
}
