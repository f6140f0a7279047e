// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiscreetProvider } from '../../src/renderer/src/components/discreet';
import { initialsOf } from '../../src/renderer/src/components/initials';
import { PersonName } from '../../src/renderer/src/components/PersonName';
import { renderApp } from './setup';

describe('PersonName', () => {
  it('shows the full name normally', () => {
    renderApp(<PersonName name="Amira Khan" />);
    expect(screen.getByText('Amira Khan')).toBeTruthy();
  });

  it('shows only initials in discreet mode, with the name nowhere in the page (not in a title or label either)', () => {
    const { container } = renderApp(
      <DiscreetProvider discreet>
        <PersonName name="Amira Khan" />
      </DiscreetProvider>,
    );
    expect(screen.getByText('A.K.')).toBeTruthy();
    expect(container.innerHTML).not.toContain('Amira');
    expect(container.innerHTML).not.toContain('Khan');
  });
});

describe('initials for discreet mode', () => {
  it('takes the first and last parts of a name only', () => {
    expect(initialsOf('Mary Ann O’Neil')).toBe('M.O.');
    expect(initialsOf('Jean-Luc Picard')).toBe('J.P.');
  });
  it('handles single names, usernames and stray spaces', () => {
    expect(initialsOf('Prince')).toBe('P.');
    expect(initialsOf('  sam.taylor ')).toBe('S.T.');
    expect(initialsOf('   ')).toBe('?');
  });
  it('keeps letters of any script whole and upper-cases where the script has case', () => {
    expect(initialsOf('Łucja Ōta')).toBe('Ł.Ō.');
    expect(initialsOf('زينب حسن')).toBe('ز.ح.');
    expect(initialsOf('अनन्या शर्मा')).toBe('अ.श.');
    // A letter with a combining mark that has no precomposed form is one grapheme and stays whole.
    expect(initialsOf('N\u0308ora Smith')).toBe('N\u0308.S.');
    expect(initialsOf('(Jo) Bloggs')).toBe('J.B.');
  });
});
