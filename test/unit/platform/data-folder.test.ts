import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  assertUsableDataFolder,
  configFilePath,
  dataFolderSwitch,
  DataFolderError,
  defaultDataFolder,
  establishDataFolder,
  parseDataFolderConfig,
  resolveDataFolder,
  type DataFolderConfig,
  type EstablishInputs,
} from '../../../src/main/platform/data-folder';
import { isWritableFolder, readConfigText, writeDataFolderConfig } from '../../../src/main/platform/data-folder-fs';

const WIN_ENV = { ProgramData: 'C:\\ProgramData' };
const WIN_INSTALL = 'C:\\Program Files\\Waymark';

/** A machine whose files live in a Map. */
function machine(over: Partial<EstablishInputs> = {}) {
  const files = new Map<string, string>();
  const setUp = new Set<string>();
  const inputs: EstablishInputs = {
    platform: 'win32',
    env: WIN_ENV,
    installDir: WIN_INSTALL,
    userDataDir: 'C:\\Users\\sam\\AppData\\Roaming\\Waymark',
    argv: [],
    readConfig: (p) => files.get(p) ?? null,
    isWritable: () => true,
    writeConfig: (p, c: DataFolderConfig) => void files.set(p, JSON.stringify(c)),
    isSetUpAt: (db) => setUp.has(db),
    ...over,
  };
  return { inputs, files, setUp };
}

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DataFolderError ? e.code : `not a DataFolderError: ${String(e)}`;
  }
  return undefined;
}

describe('default data folder', () => {
  it('is the per-machine application data folder', () => {
    expect(defaultDataFolder('win32', WIN_ENV)).toBe('C:\\ProgramData\\Waymark');
    expect(defaultDataFolder('win32', { ProgramData: 'D:\\Shared' })).toBe('D:\\Shared\\Waymark');
    expect(defaultDataFolder('win32', {})).toBe('C:\\ProgramData\\Waymark');
    expect(defaultDataFolder('linux', {})).toBe('/var/lib/waymark');
  });

  it('keeps the administrator’s choice in waymark.config.json inside the default folder', () => {
    expect(configFilePath('win32', WIN_ENV)).toBe('C:\\ProgramData\\Waymark\\waymark.config.json');
    expect(configFilePath('linux', {})).toBe('/var/lib/waymark/waymark.config.json');
  });
});

describe('data folder resolution', () => {
  it('uses the default when no administrator has chosen', () => {
    const { inputs } = machine();
    expect(resolveDataFolder(inputs)).toMatchObject({
      dataFolder: 'C:\\ProgramData\\Waymark',
      databasePath: 'C:\\ProgramData\\Waymark\\waymark.db',
      source: 'default',
    });
  });

  it('uses the folder named in the config file', () => {
    const { inputs, files } = machine();
    files.set('C:\\ProgramData\\Waymark\\waymark.config.json', JSON.stringify({ dataFolder: 'D:\\Refuge\\Waymark' }));
    expect(resolveDataFolder(inputs)).toMatchObject({ dataFolder: 'D:\\Refuge\\Waymark', databasePath: 'D:\\Refuge\\Waymark\\waymark.db', source: 'config' });
  });

  it('refuses a folder inside the install folder, in any letter case', () => {
    expect(code(() => assertUsableDataFolder('C:\\Program Files\\Waymark\\data', WIN_INSTALL, 'win32'))).toBe('INSIDE_INSTALL_FOLDER');
    expect(code(() => assertUsableDataFolder('c:\\program files\\WAYMARK', WIN_INSTALL, 'win32'))).toBe('INSIDE_INSTALL_FOLDER');
    expect(code(() => assertUsableDataFolder('/opt/Waymark/resources/data', '/opt/Waymark', 'linux'))).toBe('INSIDE_INSTALL_FOLDER');
    // The folder that contains the install folder is refused too.
    expect(code(() => assertUsableDataFolder('C:\\Program Files', WIN_INSTALL, 'win32'))).toBe('INSIDE_INSTALL_FOLDER');
    // A sibling whose name merely starts the same is fine.
    expect(assertUsableDataFolder('C:\\Program Files\\Waymark Data', WIN_INSTALL, 'win32')).toBe('C:\\Program Files\\Waymark Data');
  });

  it('refuses an install-folder choice even when it comes from the config file', () => {
    const { inputs, files } = machine();
    files.set('C:\\ProgramData\\Waymark\\waymark.config.json', JSON.stringify({ dataFolder: 'C:\\Program Files\\Waymark\\db' }));
    expect(code(() => resolveDataFolder(inputs))).toBe('INSIDE_INSTALL_FOLDER');
  });

  it('refuses a relative folder', () => {
    expect(code(() => assertUsableDataFolder('data', WIN_INSTALL, 'win32'))).toBe('NOT_ABSOLUTE');
    expect(code(() => assertUsableDataFolder('./data', '/opt/Waymark', 'linux'))).toBe('NOT_ABSOLUTE');
  });

  it('reports a malformed config file instead of quietly using another folder', () => {
    expect(code(() => parseDataFolderConfig('{ not json'))).toBe('CONFIG_INVALID');
    expect(code(() => parseDataFolderConfig('{"dataFolder": 3}'))).toBe('CONFIG_INVALID');
    expect(code(() => parseDataFolderConfig('{"dataFolder": "D:\\\\x", "extra": true}'))).toBe('CONFIG_INVALID');
  });

  it('on Linux, falls back to the user’s own folder until an administrator creates /var/lib/waymark', () => {
    const linux = { platform: 'linux' as const, env: {}, installDir: '/opt/Waymark', userDataDir: '/home/sam/.config/Waymark' };
    expect(resolveDataFolder(machine({ ...linux, isWritable: () => false }).inputs)).toMatchObject({ dataFolder: '/home/sam/.config/Waymark', source: 'user-fallback' });
    expect(resolveDataFolder(machine({ ...linux, isWritable: () => true }).inputs)).toMatchObject({ dataFolder: '/var/lib/waymark', source: 'default' });
  });

  it('on Windows, never splits the records into a per-user folder', () => {
    expect(resolveDataFolder(machine({ isWritable: () => false }).inputs).source).toBe('default');
  });
});

describe('choosing the data folder at first run', () => {
  it('reads --data-folder in both spellings', () => {
    expect(dataFolderSwitch(['Waymark.exe', '--data-folder=D:\\Waymark'])).toBe('D:\\Waymark');
    expect(dataFolderSwitch(['Waymark.exe', '--data-folder', 'D:\\Waymark'])).toBe('D:\\Waymark');
    expect(dataFolderSwitch(['Waymark.exe'])).toBeNull();
  });

  it('records the administrator’s choice and uses it', () => {
    const m = machine({ argv: ['Waymark.exe', '--data-folder=D:\\Refuge'] });
    expect(establishDataFolder(m.inputs)).toMatchObject({ dataFolder: 'D:\\Refuge', source: 'config' });
    expect(JSON.parse(m.files.get('C:\\ProgramData\\Waymark\\waymark.config.json')!)).toEqual({ dataFolder: 'D:\\Refuge' });
  });

  it('refuses to move away once Waymark is set up, so no records are left behind', () => {
    const m = machine({ argv: ['--data-folder=D:\\Elsewhere'] });
    m.setUp.add('C:\\ProgramData\\Waymark\\waymark.db');
    expect(code(() => establishDataFolder(m.inputs))).toBe('ALREADY_SET_UP');
    expect(m.files.size).toBe(0);
    // Naming the folder already in use is harmless.
    const same = machine({ argv: ['--data-folder=c:\\programdata\\waymark'] });
    same.setUp.add('C:\\ProgramData\\Waymark\\waymark.db');
    expect(establishDataFolder(same.inputs).source).toBe('config');
  });

  it('refuses the install folder as a choice', () => {
    const m = machine({ argv: ['--data-folder=C:\\Program Files\\Waymark\\data'] });
    expect(code(() => establishDataFolder(m.inputs))).toBe('INSIDE_INSTALL_FOLDER');
    expect(m.files.size).toBe(0);
  });
});

describe('data folder files', () => {
  const dirs: string[] = [];
  const temp = () => {
    const d = mkdtempSync(join(tmpdir(), 'waymark-df-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('writes the config so that it reads back, leaving no temporary file', () => {
    const dir = temp();
    const file = join(dir, 'nested', 'waymark.config.json');
    writeDataFolderConfig(file, { dataFolder: '/srv/waymark' });
    expect(parseDataFolderConfig(readConfigText(file)!)).toEqual({ dataFolder: '/srv/waymark' });
    writeDataFolderConfig(file, { dataFolder: '/srv/other' });
    expect(parseDataFolderConfig(readFileSync(file, 'utf8'))).toEqual({ dataFolder: '/srv/other' });
    expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);
  });

  it('reads a missing config as none', () => {
    expect(readConfigText(join(temp(), 'absent.json'))).toBeNull();
  });

  it('probes writability, creating the folder when it can', () => {
    const dir = temp();
    expect(isWritableFolder(join(dir, 'a', 'b'))).toBe(true);
    expect(existsSync(join(dir, 'a', 'b'))).toBe(true);
    const file = join(dir, 'file');
    writeFileSync(file, '');
    expect(isWritableFolder(join(file, 'under-a-file'))).toBe(false);
  });
});

describe('development builds', () => {
  it('never read or write the machine-wide folder or config', () => {
    const m = machine({ development: true, env: { ...WIN_ENV } });
    m.files.set('C:\\ProgramData\\Waymark\\waymark.config.json', JSON.stringify({ dataFolder: 'D:\\Refuge' }));
    expect(resolveDataFolder(m.inputs)).toMatchObject({ dataFolder: 'C:\\Users\\sam\\AppData\\Roaming\\Waymark\\dev-data', source: 'development' });
    const switched = machine({ development: true, argv: ['--data-folder=E:\\scratch'] });
    expect(establishDataFolder(switched.inputs)).toMatchObject({ dataFolder: 'E:\\scratch', databasePath: 'E:\\scratch\\waymark.db' });
    expect(switched.files.size).toBe(0);
  });

  it('take a test’s folder from WAYMARK_DATA_DIR, which an installed build ignores', () => {
    const env = { WAYMARK_DATA_DIR: '/tmp/waymark-e2e-1' };
    const linux = { platform: 'linux' as const, env, installDir: '/repo/node_modules/electron/dist', userDataDir: '/home/sam/.config/Waymark' };
    expect(resolveDataFolder(machine({ ...linux, development: true }).inputs)).toMatchObject({ dataFolder: '/tmp/waymark-e2e-1', source: 'development' });
    expect(resolveDataFolder(machine({ ...linux, development: false }).inputs).dataFolder).toBe('/var/lib/waymark');
  });
});
