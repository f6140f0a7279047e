import type { Result } from '../../shared/errors';
import { CHANNELS } from '../../shared/ipc/channels';
import type { Router } from '../ipc/router';
import { isTrustedSender } from './sender-check';

/*
 * Connects ipcMain to the transport-free router: one handler per contract channel, each checking
 * the sender frame before anything else. Written against the few members it uses, so a test can
 * drive it with fakes; Electron's ipcMain and events fit these shapes.
 */

/** The frame that sent a message (Electron's WebFrameMain, as far as this needs). */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** An invoke event (Electron's IpcMainInvokeEvent, as far as this needs). */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
  readonly sender: { readonly id: number };
}

/** ipcMain, as far as this needs. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** What the registration needs besides ipcMain and the router. */
export interface IpcRegistrationDeps {
  /** Whether the sending webContents is the app's window (not some other contents). */
  isAppWindow(webContentsId: number): boolean;
  /** Where refusals are noted; never given the arguments, which may hold personal data. */
  logRefusal(channel: string, reason: string): void;
}

/** The answer to a call from a frame that is not the app's main frame. */
export const UNTRUSTED_SENDER_RESULT: Result<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'FORBIDDEN', message: 'This request did not come from Waymark.' }),
}) as Result<never>;

/** Whether an event comes from the main frame of an app page in the app's own window. */
export function isTrustedEvent(event: InvokeEventLike, isAppWindow: (id: number) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || !isAppWindow(event.sender.id)) return false;
  return isTrustedSender(frame.url, frame.parent === null);
}

/** Registers one handler per channel. Returns the channels registered. */
export function registerIpcHandlers(ipc: IpcMainLike, router: Router, deps: IpcRegistrationDeps): readonly string[] {
  for (const channel of CHANNELS) {
    ipc.handle(channel, async (event, ...args) => {
      if (!isTrustedEvent(event, deps.isAppWindow)) {
        deps.logRefusal(channel, 'untrusted sender frame');
        return UNTRUSTED_SENDER_RESULT;
      }
      // The preload passes exactly one argument; anything else is not the app talking.
      if (args.length > 1) {
        deps.logRefusal(channel, 'unexpected extra arguments');
        return UNTRUSTED_SENDER_RESULT;
      }
      return router.call(channel, args[0]);
    });
  }
  return CHANNELS;
}
