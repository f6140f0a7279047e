// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Handover } from '../../../src/shared/rota/schemas/handover.schema';
import type { PhoneCall } from '../../../src/shared/rota/schemas/phone-log.schema';
import { FollowUpsList } from '../../../src/renderer/src/features/oncall/FollowUpsList';
import { HandoverContent } from '../../../src/renderer/src/features/oncall/HandoverContent';
import { PhoneLogView } from '../../../src/renderer/src/features/oncall/PhoneLogView';
import { call } from './on-call-fixtures';
import { installFakeBridge, ok, renderApp, renderSignedIn, sessionFor } from '../setup';

/*
 * View tests with a fake bridge: a call or handover note about a restricted case the reader is
 * not named on arrives without its text (the main process withholds it), and the screens say
 * "Restricted case — details hidden" in its place, offering no correction or closing of it.
 */


const hidden = (over: Partial<PhoneCall> = {}) =>
  call({ id: 2, actionTaken: null, managerCalled: null, policeCalled: null, followUpNeeded: true, followUpNote: null, hidden: true, ...over });

describe('calls and notes about a restricted case the reader is not named on', () => {
  it('the phone log shows the time and who rang, says the details are hidden, and offers no correction', async () => {
    installFakeBridge({
      'phoneLog.list': () => ok([hidden(), call({ id: 1, actionTaken: 'Silent call.', managerCalled: true })]),
      'phoneLog.followUps': () => ok([]),
    });
    // A manager may correct any call they can read.
    renderSignedIn(<PhoneLogView />, sessionFor('manager', { userId: 9 }));
    const table = await screen.findByRole('table', { name: 'Calls, newest first' });
    const [, restricted, open] = within(table).getAllByRole('row');
    expect(restricted!.textContent).toContain('Resident');
    expect(restricted!.textContent).toContain('Restricted case — details hidden');
    expect(restricted!.textContent).not.toMatch(/null|Manager|Police/);
    expect(within(restricted!).queryByRole('button', { name: /Correct/ })).toBeNull();
    expect(open!.textContent).toContain('Silent call.');
    expect(open!.textContent).not.toContain('details hidden');
    expect(within(open!).getByRole('button', { name: /Correct the call/ })).toBeTruthy();
  });

  it('the follow-ups list shows an open follow-up on it without its note, and no way to close it', async () => {
    installFakeBridge({ 'phoneLog.followUps': () => ok([hidden(), call({ id: 1, followUpNeeded: true, followUpNote: 'Ring back at 9' })]) });
    renderSignedIn(<FollowUpsList />, sessionFor('support_worker'));
    const list = await screen.findByRole('list', { name: 'Open follow-ups' });
    const [restricted, open] = within(list).getAllByRole('listitem');
    expect(restricted!.textContent).toContain('Restricted case — details hidden');
    expect(restricted!.textContent).toContain('For the workers named on the case');
    expect(within(restricted!).queryByRole('button')).toBeNull();
    expect(within(open!).getByRole('button', { name: 'Close follow-up: Ring back at 9' })).toBeTruthy();
    expect(screen.getByText('2 follow-ups open')).toBeTruthy();
  });

  it('a handover shows a withheld note as a restricted case, and the other notes as written', () => {
    const handover: Handover = {
      id: 1,
      writtenByUserId: 3,
      writtenByName: 'Nina Night',
      writtenAt: '2026-11-21T07:45:00.000Z',
      generalNotes: 'Quiet night.',
      notes: [
        { targetLabel: null, caseId: null, caseReference: null, note: null, hidden: true },
        { targetLabel: 'Unit 7', caseId: null, caseReference: null, note: 'Boiler.', hidden: false },
      ],
      acknowledgements: [],
      acknowledgedByMe: false,
    };
    renderApp(<HandoverContent handover={handover} />);
    const terms = screen.getAllByRole('term');
    expect(terms.map((t) => t.textContent)).toEqual(['Restricted case', 'Unit 7']);
    const details = screen.getAllByRole('definition');
    expect(details.map((d) => d.textContent)).toEqual(['Restricted case — details hidden', 'Boiler.']);
    expect(screen.getByText('Quiet night.')).toBeTruthy();
  });
});
