import type { Clock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import type { Sqlite } from '../db/connection';
import { appendAudit, type AuditEvent } from '../db/repos/audit.repo';
import type { Unlocked, VaultOptions, VaultPaths } from '../db/vault';
import { createExclusiveGate, type ExclusiveGate } from './exclusive-gate';
import type { PdfPrinter } from './pdf/pdf-printer';

/** The signed-in person, as the main process tracks them. */
export interface SessionState {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
  discreet: boolean;
  lastActivityMs: number;
}

/** What the workspace needs from outside. */
export interface WorkspaceDeps {
  paths: VaultPaths;
  clock: Clock;
  vault?: VaultOptions;
  /** Lower-cased common passwords that are refused. */
  commonPasswords: ReadonlySet<string>;
  /**
   * Prints HTML to PDF (letters). The Electron platform passes its printToPDF-backed printer;
   * when absent, the CLI, the dev shell and tests use headless Chromium.
   */
  pdfPrinter?: PdfPrinter;
  /**
   * Opens the operating system's folder dialog (starting in `startIn`) and resolves to the folder
   * chosen, or null when cancelled. Only the Electron platform has one; absent in the dev shell,
   * the CLI and tests, where the backup folder is typed.
   */
  chooseFolder?: (startIn: string | null) => Promise<string | null>;
  /** Called after the workspace locks, so the platform can wipe the renderer (reload it). */
  onLocked?: (reason: LockReason) => void;
}

/** Why the app locked. */
export type LockReason = 'manual' | 'idle' | 'os-lock' | 'suspend' | 'sign-out';

/**
 * The app's one piece of mutable state: the open database (or none, when locked) and who is
 * signed in. Services receive it as an argument; nothing else holds a connection.
 */
export interface Workspace {
  readonly deps: WorkspaceDeps;
  unlocked: Unlocked | null;
  session: SessionState | null;
  /** Whether the last close was a lock (as opposed to a fresh start). */
  lockedAt: string | null;
  /** Held by a long job (an import) that must have the database to itself. */
  readonly gate: ExclusiveGate;
}

/** A new, locked workspace. */
export function createWorkspace(deps: WorkspaceDeps): Workspace {
  return { deps, unlocked: null, session: null, lockedAt: null, gate: createExclusiveGate() };
}

/** The open connection, or NOT_SIGNED_IN. */
export function requireDb(ws: Workspace): Sqlite {
  if (!ws.unlocked) throw new AppError('NOT_SIGNED_IN', 'Waymark is locked. Sign in to continue.');
  return ws.unlocked.open.db;
}

/** The signed-in session, or NOT_SIGNED_IN. */
export function requireSession(ws: Workspace): SessionState {
  if (!ws.session || !ws.unlocked) throw new AppError('NOT_SIGNED_IN', 'Waymark is locked. Sign in to continue.');
  return ws.session;
}

/** Now, as the stored UTC ISO string. */
export function nowIso(ws: Workspace): string {
  return ws.deps.clock.now().toISOString();
}

/** Records an audit entry as the signed-in person (or the system when nobody is). */
export function audit(ws: Workspace, e: Omit<AuditEvent, 'userId' | 'username'> & Partial<Pick<AuditEvent, 'userId' | 'username'>>): void {
  const db = requireDb(ws);
  appendAudit(db, nowIso(ws), {
    userId: e.userId !== undefined ? e.userId : (ws.session?.userId ?? null),
    username: e.username !== undefined ? e.username : (ws.session?.username ?? null),
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    detail: e.detail,
  });
}
