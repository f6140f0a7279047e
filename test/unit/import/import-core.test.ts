import { describe, expect, it } from 'vitest';
import { mappingProblems, suggestMapping } from '../../../src/shared/import/mapping';
import { validateRows } from '../../../src/shared/import/validate';

const ctx = { today: '2026-11-20' };

describe('import mapping and row checks', () => {
  it('suggests columns from headers however they are written', () => {
    const m = suggestMapping('units', ['Unit Code', 'TYPE', 'single sex', 'No. of bedrooms', 'Capacity', 'Max children', 'Opened', 'Wheelchair?', 'Whatever']);
    expect(m).toMatchObject({ code: 'Unit Code', type: 'TYPE', singleSex: 'single sex', maxOccupants: 'Capacity', maxChildren: 'Max children', openedOn: 'Opened', wheelchair: 'Wheelchair?' });
    expect(m.bedrooms).toBeNull();
    expect(mappingProblems('units', ['Unit Code'], m)).toEqual(
      expect.arrayContaining(['Choose the column that holds “Bedrooms”: it is required.', 'There is no column called “TYPE” in the file (chosen for “Type”).']),
    );
  });

  it('suggests staff and case columns, each column used once', () => {
    expect(suggestMapping('staff', ['Staff ID', 'Full name', 'Gender', 'Job title', 'Mobile'])).toMatchObject({ externalId: 'Staff ID', name: 'Full name', sex: 'Gender', role: 'Job title', contactNumber: 'Mobile' });
    const c = suggestMapping('cases', ['Case ref', 'Date received', 'Source', 'Name', 'DOB']);
    expect(c).toMatchObject({ externalRef: 'Case ref', receivedAt: 'Date received', source: 'Source', name: 'Name', dateOfBirth: 'DOB' });
  });

  it('lists every row’s problems with its spreadsheet row number, field and a plain message', () => {
    const headers = ['Name', 'Sex', 'Role', 'Hours', 'Phone'];
    const rows = [
      ['Ann Ash', 'F', 'Support worker', '37.5', '07700 900001'],
      ['', 'female', 'chef', 'lots', ''],
      ['Bea Birch', 'female', 'volunteer', '', 'call me'],
      ['Ann Ash', 'female', 'manager', '', '07700-900001'],
      ['', '', '', '', ''],
    ];
    const v = validateRows('staff', headers, rows, suggestMapping('staff', headers), ctx);
    expect(v.rowCount).toBe(4);
    expect(v.valid.map((r) => r.row)).toEqual([2]);
    expect(v.valid[0]!.input).toMatchObject({ name: 'Ann Ash', sex: 'female', role: 'support_worker', contractedHours: 37.5 });
    expect(v.problems).toEqual([
      { row: 3, field: 'Name', message: 'This is empty and it is required.' },
      { row: 3, field: 'Role', message: expect.stringMatching(/^“chef” is not one of: Manager, Support worker/) },
      { row: 3, field: 'Contracted hours', message: '“lots” is not a number.' },
      { row: 4, field: 'Phone', message: 'Use digits, spaces and + ( ) - only.' },
      { row: 5, field: '', message: 'This repeats row 2: the same person (same id, or same name and phone).' },
    ]);
  });

  it('reads UK dates and refuses impossible or future ones', () => {
    const headers = ['Ref', 'Received', 'Source', 'Name', 'DOB'];
    const rows = [
      ['R1', '03/11/2026', 'Police', 'Cara Cole', '1990-02-28'],
      ['R2', '31/02/2026', 'police', 'Dee Dale', ''],
      ['R3', '2026-12-01', 'Self-referral', 'Eve Elm', '2027-01-01'],
    ];
    const v = validateRows('cases', headers, rows, suggestMapping('cases', headers), ctx);
    expect(v.valid).toHaveLength(1);
    expect(v.valid[0]).toMatchObject({ row: 2, key: 'ref:R1', input: { receivedAt: '2026-11-03T00:00:00Z', source: 'police' } });
    expect(v.problems).toEqual([
      { row: 3, field: 'Received', message: '“31/02/2026” is not a real date.' },
      { row: 4, field: 'Received', message: 'The date received is in the future.' },
      { row: 4, field: 'Date of birth', message: 'The date of birth is in the future.' },
    ]);
  });
});
