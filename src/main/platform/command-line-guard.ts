/*
 * Chromium switches that would let someone at the keyboard inspect or weaken the app just by
 * starting it from a shortcut or a command prompt. The fuses cover Node's own (--inspect,
 * NODE_OPTIONS); these are Chromium's, which no fuse turns off. An installed build refuses to
 * start with any of them; a development build allows them.
 */

/** Switches an installed build refuses to start with. */
export const FORBIDDEN_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'js-flags',
  'no-sandbox',
  'disable-web-security',
  'disable-site-isolation-trials',
  'allow-file-access-from-files',
  'user-data-dir',
  'enable-logging',
  'log-net-log',
  'proxy-server',
  'host-rules',
  'host-resolver-rules',
] as const;

/** The forbidden switches present, checked both through Chromium and in the raw argv. */
export function forbiddenSwitchesPresent(hasSwitch: (name: string) => boolean, argv: readonly string[]): string[] {
  const inArgv = (name: string) => argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return FORBIDDEN_SWITCHES.filter((name) => hasSwitch(name) || inArgv(name));
}
