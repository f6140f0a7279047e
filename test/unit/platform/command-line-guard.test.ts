import { describe, expect, it } from 'vitest';
import { FORBIDDEN_SWITCHES, forbiddenSwitchesPresent } from '../../../src/main/platform/command-line-guard';

describe('command-line guard', () => {
  const none = () => false;

  it('finds remote debugging and sandbox switches given on the command line', () => {
    expect(forbiddenSwitchesPresent(none, ['Waymark.exe', '--remote-debugging-port=9222'])).toEqual(['remote-debugging-port']);
    expect(forbiddenSwitchesPresent(none, ['waymark', '--no-sandbox', '--js-flags=--allow-natives-syntax'])).toEqual(['js-flags', 'no-sandbox']);
  });

  it('also trusts Chromium’s own parsing (switches can arrive other ways than argv)', () => {
    expect(forbiddenSwitchesPresent((s) => s === 'remote-debugging-pipe', ['Waymark.exe'])).toEqual(['remote-debugging-pipe']);
  });

  it('lets an ordinary start and the data-folder switch through', () => {
    expect(forbiddenSwitchesPresent(none, ['Waymark.exe'])).toEqual([]);
    expect(forbiddenSwitchesPresent(none, ['Waymark.exe', '--data-folder=D:\\Waymark'])).toEqual([]);
    // A switch whose name merely starts like a forbidden one is not confused with it.
    expect(forbiddenSwitchesPresent(none, ['Waymark.exe', '--inspected'])).toEqual([]);
  });

  it('covers the switches that open the app to inspection', () => {
    for (const s of ['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk', 'js-flags', 'no-sandbox', 'disable-web-security']) {
      expect(FORBIDDEN_SWITCHES).toContain(s);
    }
  });
});
