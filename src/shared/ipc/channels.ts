/**
 * Every IPC channel by name. Kept free of zod so the preload can import it without bundling the
 * schemas; `contract.ts` checks at compile time that its keys are exactly these.
 */
export const CHANNELS = [
  'app.status',
  'setup.create',
  'session.signIn',
  'session.signOut',
  'session.lock',
  'session.changePassword',
  'session.recover',
  'session.setDiscreet',
  'session.touch',
  'users.list',
  'users.add',
  'users.setRole',
  'users.deactivate',
  'users.resetPassword',
  'audit.list',
  'audit.verify',
  'settings.get',
  'settings.update',
] as const;

/** An IPC channel name. */
export type Channel = (typeof CHANNELS)[number];
