import type { z } from 'zod';
import { displayNameOf } from '../../../../shared/cases/display';
import { AppError } from '../../../../shared/errors';
import { letterHtml } from '../../../../shared/support/letters/letter-html';
import { formatDateLong } from '../../../../shared/support/letters/long-date';
import { fieldsUsed, mergeLetter, type MergedLetter } from '../../../../shared/support/letters/merge';
import { isMergeField, MERGE_FIELDS, type MergeField } from '../../../../shared/support/letters/merge-fields';
import type { LetterFileSchema, LetterRequestSchema } from '../../../../shared/support/schemas/letters.schema';
import { adultOf } from '../../../db/repos/cases/people.repo';
import { userName } from '../../../db/repos/support/episodes.repo';
import { insertIssued, templateByCode, type TemplateRow } from '../../../db/repos/support/letters.repo';
import { staysSince } from '../../../db/repos/support/stays-adapter.repo';
import type { PdfPrinter } from '../../pdf/pdf-printer';
import { getSettings } from '../../settings.service';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../../workspace';
import { requireEpisode, type Episode } from '../episode.service';
import { isManager, todayOf } from '../support-common';
import { ensureDefaultTemplates, letterSettingsOf } from './templates.service';

/*
 * Letters for a household: the discharge letter and the others an administrator keeps (such as a
 * confirmation of residence). Values are worked out only for the fields the template uses, so the
 * unit's address is read only when a template asks for it, and then only for a manager or an
 * administrator (unit addresses are restricted to them). Anyone else gets a clear refusal, never a
 * letter with a gap.
 */

type Request = z.output<typeof LetterRequestSchema>;

function templateFor(ws: Workspace, code: string): TemplateRow {
  const db = requireDb(ws);
  db.transaction(() => void ensureDefaultTemplates(db, nowIso(ws)))();
  const t = templateByCode(db, code);
  if (!t || t.active !== 1) throw new AppError('NOT_FOUND', 'That letter is not available. An administrator can add or restore it under Letter templates.');
  return t;
}

/** The values (and, for blanks, the reasons) of the fields a template uses. */
function valuesFor(ws: Workspace, ep: Episode, fields: readonly MergeField[]): { values: Partial<Record<MergeField, string>>; reasons: Partial<Record<MergeField, string>> } {
  const db = requireDb(ws);
  const values: Partial<Record<MergeField, string>> = {};
  const reasons: Partial<Record<MergeField, string>> = {};
  const lazy: { settings?: ReturnType<typeof getSettings>; letters?: ReturnType<typeof letterSettingsOf> } = {};
  const org = () => (lazy.settings ??= getSettings(ws));
  const shared = () => (lazy.letters ??= letterSettingsOf(db));
  const orgReason = 'not set: an administrator adds it under Settings';
  const letterReason = 'not set: an administrator adds it under Letter templates';
  for (const f of fields) {
    switch (f) {
      case 'name': {
        const adult = adultOf(db, ep.household.id);
        const name = adult ? displayNameOf(adult) : '';
        if (name && name !== 'Anonymous') values.name = name;
        else reasons.name = 'no name or alias is recorded for this person';
        break;
      }
      case 'reference':
        values.reference = ep.household.reference;
        break;
      case 'today':
        values.today = formatDateLong(todayOf(ws));
        break;
      case 'supportStart':
        values.supportStart = formatDateLong(ep.summary.supportStart);
        break;
      case 'supportEnd':
        if (ep.exit) values.supportEnd = formatDateLong(ep.exit.exited_on);
        else reasons.supportEnd = 'no exit is recorded yet: record the exit first';
        break;
      case 'worker':
        values.worker = userName(db, ep.household.worker_id) ?? requireSession(ws).displayName;
        break;
      case 'getBackInTouch':
      case 'outOfHoursNumber':
      case 'nationalHelpline':
        values[f] = shared()[f];
        reasons[f] = letterReason;
        break;
      case 'orgName':
      case 'orgAddress':
      case 'orgPhone':
      case 'orgEmail':
        values[f] = org()[f];
        reasons[f] = orgReason;
        break;
      case 'unitAddress': {
        // Only reached when the template asks for it; the role was checked before this.
        const stay = staysSince(db, ep.household.id, ep.receivedOn)[0];
        if (stay?.unit_address.trim()) values.unitAddress = stay.unit_address;
        else reasons.unitAddress = stay ? `unit ${stay.unit_code} has no address recorded` : 'no stay in a unit is recorded for this episode';
        break;
      }
    }
  }
  return { values, reasons };
}

/** Merges a template for a household's episode, or throws the clear error that names what is missing. */
function merge(ws: Workspace, input: Request): { ep: Episode; template: TemplateRow; letter: MergedLetter } {
  const ep = requireEpisode(ws, input.householdId, input.referralId);
  const template = templateFor(ws, input.templateCode);
  const text = { title: template.title, letterhead: template.letterhead, body: template.body, signOff: template.sign_off };
  const used = fieldsUsed(text).filter(isMergeField);
  const restricted = used.filter((f) => 'restricted' in MERGE_FIELDS[f] && MERGE_FIELDS[f].restricted);
  if (restricted.length && !isManager(ws)) {
    audit(ws, { action: 'letter.denied', entity: 'household', entityId: ep.household.id, detail: `${template.code}: uses ${restricted.join(', ')}` });
    throw new AppError('FORBIDDEN', `The ${template.title.toLowerCase()} includes the address of a unit, which only managers and administrators may see. Ask a manager to print it.`);
  }
  const { values, reasons } = valuesFor(ws, ep, used);
  const merged = mergeLetter(text, values, reasons);
  if (!merged.ok) throw new AppError('INVALID_INPUT', merged.message, Object.fromEntries(merged.missing.map((m) => [m.field, m.why ?? 'Missing.'])));
  return { ep, template, letter: merged.letter };
}

/** The merged letter for the in-app preview (audited: it shows the person's details). */
export function previewLetter(ws: Workspace, input: Request): MergedLetter {
  const { ep, template, letter } = merge(ws, input);
  audit(ws, { action: 'letter.preview', entity: 'household', entityId: ep.household.id, detail: template.code });
  return letter;
}

/** The letter as a PDF, printed by the printer passed in (audited and recorded as issued). */
export async function letterPdf(ws: Workspace, input: Request, printer: PdfPrinter): Promise<z.output<typeof LetterFileSchema>> {
  const { ep, template, letter } = merge(ws, input);
  const pdf = await printer(letterHtml(letter), { format: 'A4' });
  const db = requireDb(ws);
  db.transaction(() => {
    insertIssued(db, { householdId: ep.household.id, referralId: ep.referral.id, templateCode: template.code, how: 'pdf', at: nowIso(ws), by: requireSession(ws).userId });
    audit(ws, { action: 'letter.save-pdf', entity: 'household', entityId: ep.household.id, detail: template.code });
  })();
  return { fileName: `${template.code}-${ep.household.reference}.pdf`, mimeType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' };
}

/** Records that the letter is being printed through the system print dialog (audited first). */
export function recordLetterPrint(ws: Workspace, input: Request): { done: true } {
  const { ep, template } = merge(ws, input);
  const db = requireDb(ws);
  db.transaction(() => {
    insertIssued(db, { householdId: ep.household.id, referralId: ep.referral.id, templateCode: template.code, how: 'print', at: nowIso(ws), by: requireSession(ws).userId });
    audit(ws, { action: 'letter.print', entity: 'household', entityId: ep.household.id, detail: template.code });
  })();
  return { done: true };
}
