import { posix, win32 } from 'node:path';
import { z } from 'zod';

/*
 * Where the database and keyring live. Refuge PCs are shared by several staff accounts, so the
 * default is the per-machine application data folder, not one person's profile. An administrator
 * may choose another folder at first run; the choice is kept in waymark.config.json inside the
 * default folder, where IT can also place it. The install folder is always refused: it is
 * replaced on upgrade and is not writable by staff.
 */

/** The config file's name, inside the default data folder. */
export const CONFIG_FILE_NAME = 'waymark.config.json';
/** The database file's name inside the data folder (the keyring sits beside it). */
export const DATABASE_FILE_NAME = 'waymark.db';

/** The config file's contents. */
export const dataFolderConfigSchema = z.strictObject({
  /** An absolute folder chosen by an administrator. */
  dataFolder: z.string().min(1),
});

/** The config file's contents, as parsed. */
export type DataFolderConfig = z.infer<typeof dataFolderConfigSchema>;

/** Why a data folder or its config was refused. */
export type DataFolderErrorCode = 'NOT_ABSOLUTE' | 'INSIDE_INSTALL_FOLDER' | 'CONFIG_INVALID' | 'ALREADY_SET_UP';

/** A data folder that cannot be used, with a message an administrator can act on. */
export class DataFolderError extends Error {
  readonly code: DataFolderErrorCode;
  constructor(code: DataFolderErrorCode, message: string) {
    super(message);
    this.name = 'DataFolderError';
    this.code = code;
  }
}

/** The environment variables the defaults read. */
export type Env = Readonly<Record<string, string | undefined>>;

function pathsFor(platform: NodeJS.Platform): typeof posix {
  return platform === 'win32' ? win32 : posix;
}

/** The per-machine default: %ProgramData%\Waymark on Windows, /var/lib/waymark elsewhere. */
export function defaultDataFolder(platform: NodeJS.Platform, env: Env): string {
  if (platform === 'win32') {
    const programData = env.ProgramData ?? env.PROGRAMDATA ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData';
    return win32.join(programData, 'Waymark');
  }
  if (platform === 'darwin') return '/Users/Shared/Waymark';
  return '/var/lib/waymark';
}

/** Where the administrator's choice is stored. */
export function configFilePath(platform: NodeJS.Platform, env: Env): string {
  return pathsFor(platform).join(defaultDataFolder(platform, env), CONFIG_FILE_NAME);
}

/** Whether `child` is `parent` or inside it (case-insensitively on Windows). */
export function isSameOrInside(child: string, parent: string, platform: NodeJS.Platform): boolean {
  const p = pathsFor(platform);
  const norm = (s: string) => (platform === 'win32' ? p.resolve(s).toLowerCase() : p.resolve(s));
  const rel = p.relative(norm(parent), norm(child));
  return rel === '' || (!rel.startsWith('..') && !p.isAbsolute(rel));
}

/** Checks a folder may hold the data: absolute, and not in (or above) the install folder. */
export function assertUsableDataFolder(folder: string, installDir: string, platform: NodeJS.Platform): string {
  const p = pathsFor(platform);
  if (!p.isAbsolute(folder)) {
    throw new DataFolderError('NOT_ABSOLUTE', `The data folder must be a full path (for example ${defaultDataFolder(platform, {})}), not "${folder}".`);
  }
  // Above the install folder is refused too: the uninstaller and upgrades remove what is below it.
  if (isSameOrInside(folder, installDir, platform) || isSameOrInside(installDir, folder, platform)) {
    throw new DataFolderError('INSIDE_INSTALL_FOLDER', 'The data folder cannot be inside the folder Waymark is installed in: upgrades replace that folder. Choose another folder.');
  }
  return p.resolve(folder);
}

/** Parses the config file's text; a malformed file is an error, never silently ignored. */
export function parseDataFolderConfig(text: string): DataFolderConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DataFolderError('CONFIG_INVALID', `${CONFIG_FILE_NAME} is not valid JSON. Fix or remove it.`);
  }
  const parsed = dataFolderConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DataFolderError('CONFIG_INVALID', `${CONFIG_FILE_NAME} must contain only {"dataFolder": "<full path>"}.`);
  }
  return parsed.data;
}

/** The text written to the config file. */
export function serialiseDataFolderConfig(config: DataFolderConfig): string {
  return `${JSON.stringify(dataFolderConfigSchema.parse(config), null, 2)}\n`;
}

/** What resolution needs from the machine. */
export interface DataFolderInputs {
  platform: NodeJS.Platform;
  env: Env;
  /** The folder holding the executable (refused as a data folder). */
  installDir: string;
  /** The signed-in OS user's app folder: the fallback when the default is not writable. */
  userDataDir: string;
  /** The config file's text, or null when there is none. */
  readConfig(path: string): string | null;
  /** Whether the current OS user can create files in this folder (creating it if need be). */
  isWritable(path: string): boolean;
  /**
   * An unpackaged build (npm start, end-to-end tests). It never touches the machine-wide folder
   * or config: its data goes to WAYMARK_DATA_DIR when set, else a folder in the OS user's profile.
   */
  development?: boolean;
}

/** Where the data lives, and why there. */
export interface ResolvedDataFolder {
  dataFolder: string;
  databasePath: string;
  configFile: string;
  source: 'config' | 'default' | 'user-fallback' | 'development';
}

/**
 * Chooses the data folder: the administrator's choice if there is one, else the per-machine
 * default. On Linux the default (/var/lib/waymark) needs an administrator to create it with group
 * write access; until then each OS user gets a folder of their own. Windows has no fallback: the
 * installer creates %ProgramData%\Waymark writable by staff, and a separate database per person
 * would split the records. A development build keeps to its own folder (see `development`).
 */
export function resolveDataFolder(inputs: DataFolderInputs): ResolvedDataFolder {
  const { platform, env } = inputs;
  const p = pathsFor(platform);
  const configFile = configFilePath(platform, env);
  const text = inputs.development ? null : inputs.readConfig(configFile);
  const done = (folder: string, source: ResolvedDataFolder['source']): ResolvedDataFolder => {
    const dataFolder = assertUsableDataFolder(folder, inputs.installDir, platform);
    return { dataFolder, databasePath: p.join(dataFolder, DATABASE_FILE_NAME), configFile, source };
  };
  if (inputs.development) return done(env.WAYMARK_DATA_DIR || p.join(inputs.userDataDir, 'dev-data'), 'development');
  if (text !== null) return done(parseDataFolderConfig(text).dataFolder, 'config');
  const fallback = defaultDataFolder(platform, env);
  if (platform !== 'win32' && !inputs.isWritable(fallback)) return done(inputs.userDataDir, 'user-fallback');
  return done(fallback, 'default');
}

/** The `--data-folder=<path>` switch an administrator passes at first run, if present. */
export function dataFolderSwitch(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--data-folder=')) return arg.slice('--data-folder='.length);
    if (arg === '--data-folder' && i + 1 < argv.length) return argv[i + 1]!;
  }
  return null;
}

/**
 * The config to write for an administrator's choice, refused once Waymark is set up where the
 * data currently lives: changing the folder then would silently leave the records behind. Moving
 * an existing database is a deliberate job (close the app, move the files, edit the config).
 */
export function chooseDataFolder(
  requested: string,
  current: ResolvedDataFolder,
  ctx: { installDir: string; platform: NodeJS.Platform; isSetUpAt(databasePath: string): boolean },
): DataFolderConfig {
  const dataFolder = assertUsableDataFolder(requested, ctx.installDir, ctx.platform);
  const same = isSameOrInside(dataFolder, current.dataFolder, ctx.platform) && isSameOrInside(current.dataFolder, dataFolder, ctx.platform);
  if (!same && ctx.isSetUpAt(current.databasePath)) {
    throw new DataFolderError('ALREADY_SET_UP', `Waymark is already set up in ${current.dataFolder}. Move the files there by hand before choosing another folder.`);
  }
  return { dataFolder };
}

/** What first-run set-up of the data folder needs besides resolution. */
export interface EstablishInputs extends DataFolderInputs {
  argv: readonly string[];
  writeConfig(path: string, config: DataFolderConfig): void;
  isSetUpAt(databasePath: string): boolean;
}

/**
 * Resolves the data folder, first recording an administrator's `--data-folder` choice when one
 * was given. Throws DataFolderError with a message to show when the choice cannot be used.
 */
export function establishDataFolder(inputs: EstablishInputs): ResolvedDataFolder {
  const current = resolveDataFolder(inputs);
  const requested = dataFolderSwitch(inputs.argv);
  if (requested === null) return current;
  if (inputs.development) {
    // For this run only: a development build never records a choice for the machine.
    const dataFolder = assertUsableDataFolder(requested, inputs.installDir, inputs.platform);
    return { ...current, dataFolder, databasePath: pathsFor(inputs.platform).join(dataFolder, DATABASE_FILE_NAME) };
  }
  const config = chooseDataFolder(requested, current, inputs);
  inputs.writeConfig(current.configFile, config);
  return resolveDataFolder(inputs);
}
