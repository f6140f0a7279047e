import type { z } from 'zod';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { contract, type ChannelOutput, type ParsedInput } from '../../shared/ipc/contract';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, PERMISSIONS } from '../../shared/ipc/permissions';
import { AppError, type AppErrorShape, type Result } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import { isBusyError } from '../db/busy';
import { DatabaseBusyError } from '../db/errors';

/** Who is calling, as far as the router needs to know. */
export interface CallerSession {
  role: Role;
  mustChangePassword: boolean;
}

/** One handler per channel. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C> };

/** What the router needs. */
export interface RouterDeps {
  handlers: Handlers;
  /** The current session, or null when locked. */
  getSession(): CallerSession | null;
  /** Records a refused call (audited when a session exists). */
  onDenied(channel: Channel, reason: string): void;
  /** Where unexpected errors go; never the caller. */
  logError(channel: string, error: unknown): void;
  /**
   * While a long job has the database to itself (an import), calls wait for it to finish, except
   * those that `passes` names (reading the job's progress; locking, which stops it).
   */
  exclusive?: { whenFree(): Promise<void>; passes(channel: Channel): boolean };
}

/** The transport-free router: Electron's ipcMain, the dev shell and tests all call `call`. */
export interface Router {
  call(channel: unknown, input: unknown): Promise<Result<unknown>>;
}

const CHANNEL_SET: ReadonlySet<string> = new Set(CHANNELS);

function fail(code: AppErrorShape['code'], message: string, fields?: Record<string, string>): Result<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

/** Turns zod issues into one message per field, keyed by dotted path. */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * Validates input without ever throwing. zod itself throws on some hostile values (a `length`
 * that is an object with no primitive value, under a field with a length limit; found by the IPC
 * fuzz test), and such input is as invalid as any other: null then, answered INVALID_INPUT.
 */
function safeParseInput(schema: z.ZodType, input: unknown): ReturnType<z.ZodType['safeParse']> | null {
  try {
    return schema.safeParse(input);
  } catch {
    return null;
  }
}

/** Builds the router. Every check happens here, on every call, whatever the UI showed. */
export function createRouter(deps: RouterDeps): Router {
  return {
    async call(channelName, rawInput) {
      if (typeof channelName !== 'string' || !CHANNEL_SET.has(channelName)) {
        return fail('UNKNOWN_CHANNEL', 'That action does not exist.');
      }
      const channel = channelName as Channel;
      // Waiting comes before every check, so the checks see the session as it is after the wait.
      if (deps.exclusive && !deps.exclusive.passes(channel)) await deps.exclusive.whenFree();
      const access = PERMISSIONS[channel];
      const session = deps.getSession();
      if (access !== 'public') {
        if (!session) return fail('NOT_SIGNED_IN', 'Waymark is locked. Sign in to continue.');
        if (session.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.includes(channel)) {
          return fail('PASSWORD_CHANGE_REQUIRED', 'Choose a new password before continuing.');
        }
        if (access !== 'signed-in' && !access.includes(session.role)) {
          try {
            deps.onDenied(channel, `role ${session.role}`);
          } catch (e) {
            deps.logError(channel, e);
          }
          return fail('FORBIDDEN', 'Your role does not allow this. Ask a manager or an administrator.');
        }
      }
      const spec = contract[channel];
      const parsed = safeParseInput(spec.input, rawInput ?? {});
      if (!parsed) return fail('INVALID_INPUT', 'Check the form.');
      if (!parsed.success) {
        const fields = fieldMessages(parsed.error);
        const first = Object.values(fields)[0] ?? 'Check the form.';
        return fail('INVALID_INPUT', first, fields);
      }
      try {
        const handler = deps.handlers[channel] as (input: unknown) => unknown;
        const value = await handler(parsed.data);
        // Parsing the output strips any field the contract does not name, so a handler can never
        // leak more than the contract promises.
        const out = spec.output.safeParse(value);
        if (!out.success) {
          deps.logError(channel, new Error(`output of ${channel} does not match the contract: ${out.error.message}`));
          return fail('INTERNAL', 'Something went wrong. Nothing further was changed; the error has been noted.');
        }
        return { ok: true, value: out.data };
      } catch (e) {
        if (e instanceof AppError) return { ok: false, error: e.toShape() };
        // Another program holding the database is the caller's to know about, not an internal fault.
        if (isBusyError(e)) return { ok: false, error: new DatabaseBusyError().toShape() };
        deps.logError(channel, e);
        return fail('INTERNAL', 'Something went wrong. Nothing further was changed; the error has been noted.');
      }
    },
  };
}
