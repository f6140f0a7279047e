// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Handover } from '../../../src/shared/rota/schemas/handover.schema';
import { HandoverContent } from '../../../src/renderer/src/features/oncall/HandoverContent';
import { PhoneLogView } from '../../../src/renderer/src/features/oncall/PhoneLogView';
import { call } from './on-call-fixtures';
import { installFakeBridge, ok, renderApp, renderSignedIn, sessionFor } from '../setup';

/* View tests with a fake bridge: a call or handover note linked to a case names it by its reference, not an id. */


describe('case references in the phone log and handovers', () => {
  it('the phone log shows a linked call’s case reference', async () => {
    installFakeBridge({
      'phoneLog.list': () => ok([call({ id: 2, caseId: 41, caseReference: 'C-000123' }), call({ id: 1, actionTaken: 'Silent call.' })]),
      'phoneLog.followUps': () => ok([]),
    });
    renderSignedIn(<PhoneLogView />, sessionFor('night_worker'));
    const table = await screen.findByRole('table', { name: 'Calls, newest first' });
    const [, linked, unlinked] = within(table).getAllByRole('row');
    expect(linked!.textContent).toContain('C-000123');
    expect(table.textContent).not.toMatch(/Case 41/);
    expect(unlinked!.textContent).not.toMatch(/C-\d/);
  });

  it('a handover note shows its case reference beside the household or unit', () => {
    const handover: Handover = {
      id: 1,
      writtenByUserId: 3,
      writtenByName: 'Nina Night',
      writtenAt: '2026-11-21T07:45:00.000Z',
      generalNotes: '',
      notes: [
        { targetLabel: 'Unit 4', caseId: 41, caseReference: 'C-000123', note: 'Rang at 02:10.', hidden: false },
        { targetLabel: 'Unit 7', caseId: null, caseReference: null, note: 'Boiler.', hidden: false },
      ],
      acknowledgements: [],
      acknowledgedByMe: false,
    };
    renderApp(<HandoverContent handover={handover} />);
    expect(screen.getByText('Unit 4').closest('dt')!.textContent).toBe('Unit 4 · C-000123');
    expect(screen.getByText('Unit 7').closest('dt')!.textContent).toBe('Unit 7');
  });
});
