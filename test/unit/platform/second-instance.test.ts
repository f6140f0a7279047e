import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { focusRunningWindow, type FocusableWindow } from '../../../src/main/platform/second-instance';

/** A window that keeps the state Electron's would, and what was asked of it in order. */
function fakeWindow(state: { minimised?: boolean; visible?: boolean; destroyed?: boolean } = {}) {
  const calls: string[] = [];
  const w = { minimised: state.minimised ?? false, visible: state.visible ?? true, focused: false, destroyed: state.destroyed ?? false };
  const live = (name: string) => {
    // Electron throws on any call to a destroyed window.
    if (w.destroyed) throw new Error('Object has been destroyed');
    calls.push(name);
  };
  const win: FocusableWindow = {
    isDestroyed: () => w.destroyed,
    isMinimized: () => (live('isMinimized'), w.minimised),
    restore: () => {
      live('restore');
      w.minimised = false;
      w.visible = true;
    },
    show: () => {
      live('show');
      w.visible = true;
    },
    focus: () => {
      live('focus');
      w.focused = true;
    },
  };
  return { win, w, calls };
}

describe('starting Waymark again while it runs', () => {
  it('brings a minimised window back, shows it and gives it the focus, in that order', () => {
    const { win, w, calls } = fakeWindow({ minimised: true, visible: false });
    expect(focusRunningWindow(win)).toBe(true);
    expect(w).toMatchObject({ minimised: false, visible: true, focused: true });
    expect(calls).toEqual(['isMinimized', 'restore', 'show', 'focus']);
  });

  it('shows and focuses a window behind other windows without restoring it', () => {
    const { win, w, calls } = fakeWindow({ minimised: false, visible: true });
    expect(focusRunningWindow(win)).toBe(true);
    expect(w).toMatchObject({ minimised: false, visible: true, focused: true });
    expect(calls).toEqual(['isMinimized', 'show', 'focus']);
  });

  it('shows a hidden window that is not minimised', () => {
    const { win, w } = fakeWindow({ minimised: false, visible: false });
    expect(focusRunningWindow(win)).toBe(true);
    expect(w).toMatchObject({ visible: true, focused: true });
  });

  it('does nothing, without throwing, when there is no window yet or it has been closed', () => {
    expect(focusRunningWindow(null)).toBe(false);
    const { win, w, calls } = fakeWindow({ minimised: true, destroyed: true });
    expect(() => focusRunningWindow(win)).not.toThrow();
    expect(focusRunningWindow(win)).toBe(false);
    expect(calls).toEqual([]);
    expect(w.focused).toBe(false);
  });

  it('is what the Electron glue does on a second instance, with the window as it is at that moment', () => {
    const glue = readFileSync(join(__dirname, '..', '..', '..', 'src', 'main', 'platform', 'electron-app.ts'), 'utf8');
    expect(glue).toMatch(/app\.on\(\s*'second-instance'\s*,\s*\(\)\s*=>\s*focusRunningWindow\(\s*win\s*\)\s*\)/);
  });
});
