// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../src/shared/import/schemas.import';
import { ImportScreen } from '../../../src/renderer/src/features/import/ImportScreen';
import { installFakeBridge, ok, renderApp } from '../setup';

/* A pure view test of the import screen; the import itself is covered against the real router. */

const PREVIEW: ImportPreview = {
  sheets: [],
  sheet: null,
  headers: ['Name', 'Sex', 'Role'],
  fields: [
    { key: 'name', label: 'Name', required: true },
    { key: 'sex', label: 'Sex', required: true },
    { key: 'role', label: 'Role', required: true },
  ],
  mapping: { name: 'Name', sex: 'Sex', role: 'Role' },
  sample: [['Ann', 'female', 'volunteer']],
  rowCount: 2,
  validCount: 1,
  alreadyImported: 0,
  mappingProblems: [],
  problems: [{ row: 3, field: 'Role', message: '“chef” is not one of: Manager.' }],
  problemCount: 1,
  rowsWithProblems: 1,
};

describe('the import screen', () => {
  it('lists each row’s problems, allows only the valid rows, and reports the result', async () => {
    const calls: string[] = [];
    installFakeBridge({
      'import.preview': () => (calls.push('preview'), ok(PREVIEW)),
      'import.run': (input) => (calls.push(`run ${(input as { mode: string }).mode}`), ok({ jobId: 'j1' })),
      'import.status': () =>
        ok({ jobId: 'j1', kind: 'staff', state: 'done', processed: 1, total: 1, created: 1, alreadyThere: 0, skipped: 1, problems: [], message: null }),
    });
    const { container } = renderApp(<ImportScreen />);
    const input = container.querySelector('input[type=file]')!;
    fireEvent.change(input, { target: { files: [new File(['Name,Sex,Role\nAnn,female,volunteer\nBo,male,chef'], 'staff.csv', { type: 'text/csv' })] } });
    await screen.findByText('“chef” is not one of: Manager.');
    const button = screen.getByRole('button', { name: 'Import 1 rows' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Only the rows without problems'));
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(container.textContent).toContain('Done: 1 added, 0 already there, 1 left out.'), { timeout: 3000 });
    expect(calls).toEqual(['preview', 'run valid_only']);
  });
});
