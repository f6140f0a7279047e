import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { systemClock } from '../../shared/clock';
import { vaultExists, vaultPaths } from '../db/vault';
import { createAppRouter } from '../ipc/app-router';
import { startBackupScheduler } from '../services/backup/backup-scheduler';
import { loadCommonPasswords } from '../services/common-passwords';
import { lock } from '../services/session.service';
import { createWorkspace, type Workspace } from '../services/workspace';
import { footerTemplate, type PdfOptions, type PdfPrinter } from '../services/pdf/pdf-printer';
import { APP_SCHEME_PRIVILEGES, APP_START_URL, serveAppRequest } from './app-protocol';
import { forbiddenSwitchesPresent } from './command-line-guard';
import { backupFolderDialogOptions, chosenFolder } from './folder-dialog';
import { APP_SCHEME } from './csp';
import { DataFolderError, establishDataFolder, type ResolvedDataFolder } from './data-folder';
import { isWritableFolder, readConfigText, writeDataFolderConfig } from './data-folder-fs';
import { hardenSession, hardenWebContents, type HardeningContext } from './hardening';
import { IDLE_CHECK_INTERVAL_MS, idleTick, lockForOs, workspaceIdleTarget } from './idle-monitor';
import { registerIpcHandlers } from './ipc-registration';
import { focusRunningWindow } from './second-instance';
import { APP_PARTITION, hardenedWindowOptions } from './window-options';

/*
 * The Electron glue: the only file that imports `electron` at run time. Every decision it makes is
 * a tested pure function elsewhere in platform/; this file only connects them to Electron's
 * objects. No auto-updater and no crash reporter: nothing here talks to the network.
 */

function log(message: string): void {
  console.error(`[waymark] ${message}`);
}

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

/**
 * Prints a self-contained document to PDF in a hidden window built from the hardened options
 * (no preload, no JavaScript, never shown, in the app's in-memory session whose request filter
 * refuses anything outside the app), so letters and rotas print the same HTML the dev shell and
 * the CLI print with Chromium.
 */
function electronPdfPrinter(packaged: boolean): PdfPrinter {
  return async (html: string, opts: PdfOptions = {}) => {
    const printer = new BrowserWindow(hardenedWindowOptions('', { packaged, purpose: 'print' }));
    try {
      await printer.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
      const pdf = await printer.webContents.printToPDF({
        landscape: opts.landscape ?? false,
        pageSize: opts.format ?? 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<div></div>',
        footerTemplate: footerTemplate(opts.footer),
        margins: { top: 0.47, bottom: 0.63, left: 0.47, right: 0.47 },
      });
      return Buffer.from(pdf);
    } finally {
      printer.destroy();
    }
  };
}

function dataFolder(packaged: boolean): ResolvedDataFolder {
  return establishDataFolder({
    development: !packaged,
    platform: process.platform,
    env: process.env,
    installDir: dirname(app.getPath('exe')),
    userDataDir: app.getPath('userData'),
    argv: process.argv,
    readConfig: readConfigText,
    isWritable: isWritableFolder,
    writeConfig: writeDataFolderConfig,
    isSetUpAt: (db) => vaultExists(vaultPaths(db)),
  });
}

/** Starts the app. Called once, from the main entry. */
export function runElectronApp(): void {
  const packaged = app.isPackaged;
  const forbidden = packaged ? forbiddenSwitchesPresent((s) => app.commandLine.hasSwitch(s), process.argv) : [];
  if (forbidden.length > 0) {
    log(`refusing to start with ${forbidden.map((s) => `--${s}`).join(', ')}`);
    app.exit(1);
    return;
  }
  // Must happen before the app is ready: a scheme's privileges are fixed when sessions are made.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
  if (!app.requestSingleInstanceLock()) {
    // Two copies would open the database twice; the first one is focused instead.
    app.quit();
    return;
  }
  app.enableSandbox();
  app.setAppUserModelId('org.waymark.app');

  const hardening: HardeningContext = { packaged, logRefusal: (what, url) => log(`refused ${what} ${url}`) };
  let win: BrowserWindow | null = null;
  let ws: Workspace | null = null;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, hardening));
  app.on('second-instance', () => focusRunningWindow(win));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    // Closing the database wipes the key; the audit log records the session's end.
    if (ws?.unlocked) lock(ws, 'sign-out', false);
  });

  void app.whenReady().then(async () => {
    let folder: ResolvedDataFolder;
    try {
      folder = dataFolder(packaged);
      mkdirSync(folder.dataFolder, { recursive: true });
    } catch (e) {
      const message = e instanceof DataFolderError ? e.message : `The data folder could not be prepared: ${e instanceof Error ? e.message : String(e)}`;
      fail('Waymark cannot start', message);
      return;
    }
    if (packaged) Menu.setApplicationMenu(null);

    const appRoot = app.getAppPath();
    const ses = session.fromPartition(APP_PARTITION);
    hardenSession(ses, hardening);
    ses.protocol.handle(APP_SCHEME, async (request) => {
      const res = await serveAppRequest(request.method, request.url, {
        rendererRoot: join(appRoot, 'out', 'renderer'),
        readFile: (p) => readFile(p),
      });
      // The body is a string or bytes; the cast only bridges Node's and the DOM's typings of Response.
      return new Response(res.body as ConstructorParameters<typeof Response>[0], { status: res.status, headers: res.headers });
    });

    const wipeRenderer = () => {
      // After the IPC reply that caused the lock has gone out: reloading from the start page
      // drops every piece of renderer state, and the storage of the in-memory session with it.
      setImmediate(() => {
        void ses
          .clearStorageData()
          .then(() => win?.loadURL(APP_START_URL))
          .catch((e: unknown) => log(`could not reload the window after locking: ${e instanceof Error ? e.message : String(e)}`));
      });
    };
    const workspace = createWorkspace({
      paths: vaultPaths(folder.databasePath),
      clock: systemClock,
      commonPasswords: loadCommonPasswords(),
      onLocked: wipeRenderer,
      pdfPrinter: electronPdfPrinter(packaged),
      // Modal to the app's window; the router lets only administrators ask for it.
      chooseFolder: async (startIn) => (win ? chosenFolder(await dialog.showOpenDialog(win, backupFolderDialogOptions(startIn))) : null),
    });
    ws = workspace;
    registerIpcHandlers(ipcMain, createAppRouter(workspace), {
      isAppWindow: (id) => win !== null && !win.isDestroyed() && win.webContents.id === id,
      logRefusal: (channel, reason) => log(`refused ${channel}: ${reason}`),
    });

    const idle = workspaceIdleTarget(workspace);
    powerMonitor.on('lock-screen', () => lockForOs(idle, 'os-lock'));
    powerMonitor.on('suspend', () => lockForOs(idle, 'suspend'));
    const timer = setInterval(() => {
      idleTick(idle, { systemIdleSeconds: powerMonitor.getSystemIdleTime(), windowFocused: win?.isFocused() ?? false });
    }, IDLE_CHECK_INTERVAL_MS);
    app.on('will-quit', () => clearInterval(timer));
    // Scheduled backups: checked just after each sign-in and every minute, run while someone is
    // signed in (they need the key).
    const stopBackups = startBackupScheduler(workspace);
    app.on('will-quit', () => stopBackups());

    // The only BrowserWindow in the app, built from the hardened options.
    win = new BrowserWindow(
      hardenedWindowOptions(join(appRoot, 'out', 'preload', 'index.cjs'), { packaged, icon: join(appRoot, 'resources', 'icon.png') }),
    );
    win.once('ready-to-show', () => win?.show());
    win.on('closed', () => {
      win = null;
    });
    await win.loadURL(APP_START_URL);
  }).catch((e: unknown) => {
    fail('Waymark cannot start', e instanceof Error ? e.message : String(e));
  });
}
