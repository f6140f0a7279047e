// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CaseListSchema, CaseRecordSchema, type CaseRecord } from '../../src/shared/cases/schemas/case-record';
import type { Person } from '../../src/shared/cases/schemas/people';
import { CaseList } from '../../src/renderer/src/features/cases/list/CaseList';
import { CaseRecordView } from '../../src/renderer/src/features/cases/record/CaseRecordView';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * Inputs rendered inert: names and notes in Arabic and Chinese, with emoji, with a right-to-left
 * override, 20,000 characters long, and pasted HTML and script, shown by the case list and the
 * case record exactly as typed, and not one element made from the markup. A view test with a
 * fake bridge whose answers are checked against the contract's schemas; that the database keeps
 * such text exactly is tested against the real router in test/integration/cases/case-record.test.ts.
 */

const NAMES = {
  arabic: 'فاطمة الزهراء',
  chinese: '王秀英',
  emoji: 'Siobhán 🌷 O’Neill 👩‍👧‍👦',
  rightToLeftOverride: 'Sara \u202Egnp.exe\u202C Malik',
  image: '<img src=x onerror="window.__injected=1">',
  script: '<script>window.__injected=1</script>',
} as const;
const WORKER = '李娜 <b onmouseover="window.__injected=1">bold</b> 🙂';
const CHILDREN = [NAMES.chinese, NAMES.emoji, NAMES.rightToLeftOverride, '<iframe src="javascript:window.__injected=1"></iframe>'];

/** Exactly 20,000 characters (the longest note allowed) of every kind of text above. */
const NOTE = (() => {
  const chunk = `${Object.values(NAMES).join(' · ')}\n<b>bold</b> & "quotes" <a href="javascript:window.__injected=1">link</a>\n`;
  let s = '';
  while (s.length + chunk.length <= 20_000) s += chunk;
  return s.padEnd(20_000, '.');
})();

/** Elements the pasted markup would make if it were ever treated as HTML. */
const INJECTED = 'script, img, iframe, object, embed, b, a[href^="javascript:"]';

function assertNothingInjected(): void {
  expect(document.querySelectorAll(INJECTED)).toHaveLength(0);
  const withHandlers = [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')));
  expect(withHandlers.map((el) => el.outerHTML.slice(0, 200))).toEqual([]);
  expect((window as unknown as { __injected?: unknown }).__injected).toBeUndefined();
}

/** The case list: one row per name, the worker's name on the case opened below. */
const LIST = CaseListSchema.parse({
  total: Object.keys(NAMES).length,
  items: Object.values(NAMES).map((displayName, i) => ({
    referralId: i + 1,
    householdId: i + 1,
    reference: `C-00000${i + 1}/1`,
    displayName,
    dateOfBirth: null,
    status: 'accepted',
    riskLevel: 'high',
    receivedAt: '2026-11-19T22:10:00.000Z',
    decidedAt: '2026-11-20T09:00:00.000Z',
    workerName: displayName === NAMES.image ? WORKER : null,
    children: displayName === NAMES.image ? CHILDREN.length : 0,
    restricted: false,
    hidden: false,
  })),
});
const SHOWN = LIST.items.find((c) => c.displayName === NAMES.image)!;

function person(id: number, kind: Person['kind'], name: string): Person {
  return {
    id, kind, displayName: name, name, alias: '', anonymous: false, dateOfBirth: null, ageYears: kind === 'child' ? 6 : null, sex: 'female', genderIdentity: 'not_known',
    transHistory: 'not_known', ethnicity: 'not_known', disability: 'not_known', disabilityNotes: NOTE, sexuality: 'not_known', religion: 'not_known', specialist: [],
    language: NAMES.arabic, interpreterNeeded: 'yes', immigrationStatus: 'not_known', nrpf: 'not_known', preferredWorker: 'not_known', acesFlag: 'not_known',
    consent: { toRecord: 'yes', toShare: 'not_known', date: null, agreed: NAMES.script }, school: null, schoolHidden: false, needs: NOTE, withAdult: true,
  };
}

/**
 * The case opened: the pasted image as the adult's name, children named in every way, and a
 * contact attempt, the decision and the timeline each carrying the 20,000-character note.
 */
const RECORD: CaseRecord = CaseRecordSchema.parse({
  householdId: SHOWN.householdId,
  reference: 'C-000005',
  restricted: false,
  allowedUserIds: [],
  worker: { id: 9, name: WORKER },
  riskLevel: 'high',
  alerts: [],
  people: [person(1, 'adult', NAMES.image), ...CHILDREN.map((name, i) => person(10 + i, 'child', name))],
  perpetrators: [],
  episodes: [
    {
      id: SHOWN.referralId, reference: SHOWN.reference, episodeNo: 1, receivedAt: '2026-11-19T22:10:00.000Z', source: 'self', referrerName: NAMES.chinese, referrerContact: NAMES.script,
      channel: 'phone', safeContactMethod: 'phone_call', safeContactDetails: NAMES.rightToLeftOverride, safeTimes: NAMES.emoji, noVoicemail: true, immediateSafety: 'not_known',
      immediateSafetyNotes: NOTE, requests: ['community'], urgency: 'not_known', notes: NOTE, status: 'accepted', acceptedTo: 'community_support', notSupportedReason: null,
      unitTypesFull: [], decisionNote: NOTE, decidedBy: WORKER, decidedAt: '2026-11-20T09:00:00.000Z', firstContactAt: '2026-11-20T08:00:00.000Z',
      contactDueBy: '2026-11-21T22:10:00.000Z', contactAttempts: [{ id: 1, at: '2026-11-20T08:00:00.000Z', method: 'phone_call', outcome: 'spoke', notes: NOTE, byName: WORKER }], createdBy: WORKER,
    },
  ],
  assessments: [],
  incidents: [],
  maracReferrals: [],
  maracDue: [],
  timeline: [{ at: '2026-11-20T08:00:00.000Z', kind: 'contact', summary: NAMES.script, by: WORKER }],
});

function bridge() {
  return installFakeBridge({ 'cases.list': () => ok(LIST), 'cases.get': () => ok(RECORD) });
}

describe('text typed or pasted into a case', () => {
  it('is shown exactly by the case list, names and key worker alike, and makes no element from pasted markup', async () => {
    bridge();
    const { container } = renderSignedIn(<CaseList onOpen={() => undefined} workers={[]} />, sessionFor('manager'));
    const table = await screen.findByRole('table', { name: 'Cases' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + LIST.items.length));
    for (const { reference, displayName } of LIST.items) {
      const row = container.querySelector<HTMLElement>(`[data-case-row="${reference}"]`)!;
      expect(within(row).getByRole('button').textContent, reference).toBe(displayName);
    }
    const shownRow = container.querySelector<HTMLElement>(`[data-case-row="${SHOWN.reference}"]`)!;
    expect([...shownRow.querySelectorAll('td')].map((td) => td.textContent)).toContain(WORKER);
    assertNothingInjected();
  });

  it('is shown exactly by the case record: the name, the children, the key worker and 20,000-character notes, all as text', async () => {
    bridge();
    renderSignedIn(<CaseRecordView householdId={SHOWN.householdId} workers={[{ value: '9', label: WORKER }]} onBack={() => undefined} />, sessionFor('manager'));
    const heading = await screen.findByRole('heading', { level: 1, name: /^Case record:/ });
    expect(heading.textContent).toBe(`Case record: ${NAMES.image}`);
    const children = await screen.findByRole('table', { name: 'Children' });
    const childCells = within(children)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('td')!.textContent);
    expect(childCells).toEqual(CHILDREN);
    const keyWorker = screen.getByRole('combobox', { name: 'Key worker' }) as HTMLSelectElement;
    expect(keyWorker.selectedOptions[0]!.textContent).toBe(WORKER);
    // Form fields hold the text as their value, never as markup.
    expect((screen.getByRole('textbox', { name: 'Disability notes' }) as HTMLTextAreaElement).value).toBe(NOTE);
    assertNothingInjected();

    fireEvent.click(screen.getByRole('tab', { name: 'Contact' }));
    const attempts = await screen.findByRole('table', { name: 'Contact attempts' });
    const [, attempt] = within(attempts).getAllByRole('row');
    const cells = [...attempt!.querySelectorAll('td')];
    expect(cells.at(-2)!.textContent).toBe(WORKER);
    expect(cells.at(-1)!.textContent).toHaveLength(20_000);
    expect(cells.at(-1)!.textContent).toBe(NOTE);
    expect(screen.getByText(/^Safe contact:/).textContent).toContain(NAMES.rightToLeftOverride);
    assertNothingInjected();

    fireEvent.click(screen.getByRole('tab', { name: 'Decision' }));
    const decided = await screen.findByText((_, el) => el?.textContent === NOTE && el.children.length === 0);
    expect(decided.textContent).toBe(NOTE);
    expect(screen.getByText(/^Decided /).textContent).toContain(`by ${WORKER}.`);
    assertNothingInjected();

    fireEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
    const timeline = await screen.findByRole('tabpanel', { name: 'Timeline' });
    expect(within(timeline).getByText((_, el) => el?.textContent === NAMES.script && el.children.length === 0)).toBeTruthy();
    assertNothingInjected();
  });
});
