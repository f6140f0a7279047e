import type { AnonymisedCase } from '../../../../shared/reports/case-files.schema';
import { html, raw } from '../../pdf/html';

/*
 * Anonymised case files as printable HTML: one section per case, its pseudonym as the heading.
 */

const CSS = `
@page { size: A4; margin: 14mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #000; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 6mm; break-after: avoid; } h3 { font-size: 10pt; margin: 3mm 0 1mm; }
table { border-collapse: collapse; width: 100%; } th, td { border: 0.6pt solid #000; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; }
section { break-before: page; } section:first-of-type { break-before: auto; }
`;

function rows(list: string[][]): string {
  return list.map((r) => html`<tr>${r.map((c) => raw(html`<td>${c}</td>`))}</tr>`).join('');
}

function one(c: AnonymisedCase): string {
  return html`<section>
    <h2>${c.pseudonym}</h2>
    <p>Referred ${c.referral.month} by ${c.referral.source}. ${c.referral.decision}.</p>
    <h3>People</h3>
    <table><tr><th>Role</th><th>Age band</th><th>Sex</th><th>Gender</th><th>Ethnicity</th><th>Disability</th><th>Specialist</th></tr>${raw(
      rows(c.people.map((p) => [p.role, p.ageBandOnReferral, p.sex, p.gender, p.ethnicity, p.disability, p.specialist.join(', ') || '–'])),
    )}</table>
    <h3>Risk and needs</h3>
    <p>${c.risk ? `Risk level ${c.risk.level}; primary need ${c.risk.primaryNeed ?? 'none'}; secondary ${c.risk.secondaryNeeds.join(', ') || 'none'}.` : 'No risk assessment recorded.'}</p>
    <h3>Accommodation</h3>
    <table><tr><th>Type</th><th>From</th><th>To</th><th>Nights</th></tr>${raw(rows(c.accommodation.map((a) => [a.unitType, a.fromMonth, a.toMonth ?? 'still staying', a.nights === null ? '–' : String(a.nights)])))}</table>
    <h3>Support plan and outcome scores</h3>
    <table><tr><th>Area</th><th>Need</th><th>Scores</th></tr>${raw(rows(c.plan.map((p) => [p.area, p.hasNeed ? 'Yes' : 'No', p.scores.map((s) => `${s.stage} (${s.month}): ${s.score}`).join('; ') || '–'])))}</table>
    <h3>Support given</h3>
    <p>${c.support.contacts} contacts; ${c.support.paidHours} paid hours, ${c.support.unpaidHours} unpaid hours.</p>
    <h3>Events</h3>
    <p>${c.events.map((e) => `${e.kind} (${e.month})`).join('; ') || 'None.'}</p>
    <h3>Exit</h3>
    <p>${c.exit ? `${c.exit.month}: ${c.exit.planned ? 'planned' : 'unplanned'}, ${c.exit.reason}, to ${c.exit.destination}; achieving independence: ${c.exit.achievingIndependence}.` : 'Still supported.'}</p>
    <h3>Released notes</h3>
    ${raw(c.releasedNotes.length ? rows(c.releasedNotes.map((n) => [n.month, n.what, n.text])).replace(/^/, '<table>') + '</table>' : html`<p>No notes released.</p>`)}
  </section>`;
}

/** The case files as printable HTML. */
export function caseFilesHtml(cases: readonly AnonymisedCase[], produced: string): string {
  return html`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Anonymised case files</title><style>${raw(CSS)}</style></head><body>
    <h1>Anonymised case files for audit</h1>
    <p>Produced ${produced}. ${cases.length} cases. Pseudonyms are random for this file; ages are bands; dates are months; only notes a manager released are included.</p>
    ${cases.map((c) => raw(one(c)))}
  </body></html>`;
}
