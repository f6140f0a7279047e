import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FuseState, FuseV1Options, FuseVersion } from '@electron/fuses';

/** The marker @electron/fuses looks for in front of the fuse wire. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The installers cannot be built on our build machines (electron-builder downloads Electron, NSIS
 * and WiX), so this test loads the builder configuration and the afterPack fuse script and checks
 * every setting the security model depends on, using electron-builder's own schema and file
 * matcher so a setting it would ignore or misread fails here.
 */

const ROOT = join(__dirname, '..', '..', '..');
const NATIVE = 'node_modules/better-sqlite3-multiple-ciphers';
const require = createRequire(join(ROOT, 'package.json'));

interface PlatformConfig {
  target: Array<{ target: string; arch: string[] }>;
  files: string[];
  icon: string;
  [key: string]: unknown;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  nodeGypRebuild: boolean;
  fileAssociations: unknown[];
  publish: unknown;
  afterPack: unknown;
  electronFuses?: unknown;
  win: PlatformConfig & { requestedExecutionLevel: string };
  linux: PlatformConfig & { executableName: string; maintainer: string };
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
  [key: string]: unknown;
}
interface AfterPackModule {
  FUSES: Record<string | number, unknown>;
  afterPack: (context: unknown) => Promise<void>;
  default: unknown;
  electronBinaryPath(context: unknown): string;
  fuseConfigFor(platform: string): Record<string | number, unknown>;
}

async function load<T>(relative: string): Promise<T> {
  return (await import(pathToFileURL(join(ROOT, relative)).href)) as T;
}

let config: BuilderConfig;
let hook: AfterPackModule;

beforeAll(async () => {
  config = (await load<{ default: BuilderConfig }>('build/electron-builder.config.mjs')).default;
  hook = await load<AfterPackModule>('build/after-pack.mjs');
});

describe('electron-builder configuration', () => {
  it('is valid against electron-builder’s own schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(c: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('names the app and ships only the built code, with no source maps', () => {
    expect(config.appId).toBe('org.waymark.app');
    expect(config.productName).toBe('Waymark');
    expect(config.directories.output).toBe('dist');
    expect(config.files).toContain('out/**/*');
    expect(config.files).toContain('!out/**/*.map');
    expect(config.files.some((f) => f.startsWith('src'))).toBe(false);
  });

  it('packs the app in an asar with the native module unpacked, and rebuilds nothing', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual([`${NATIVE}/**/*`]);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
  });

  it('claims no file types or links, and has no update feed', () => {
    expect(config.fileAssociations).toEqual([]);
    expect(config.protocols).toEqual([]);
    expect(config.publish).toBeNull();
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain('electron-updater');
  });

  it('builds a per-machine NSIS installer that IT can run silently, and a per-machine MSI', () => {
    expect(config.win.target.map((t) => t.target).sort()).toEqual(['msi', 'nsis']);
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false, allowElevation: true, runAfterFinish: false, deleteAppDataOnUninstall: false });
    expect(config.msi).toMatchObject({ perMachine: true, runAfterFinish: false });
    expect(config.msi.upgradeCode).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    // The app itself runs as the signed-in user; only the installer elevates.
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
  });

  it('makes the data folder writable by staff at install time, and never deletes it', () => {
    const nsh = readFileSync(join(ROOT, String(config.nsis.include)), 'utf8');
    expect(nsh).toMatch(/icacls\.exe" "\$0\\Waymark" \/grant \*S-1-5-32-545:\(OI\)\(CI\)M/);
    expect(nsh).not.toMatch(/RMDir/i);
  });

  it('builds an AppImage and a .deb for Linux', () => {
    expect(config.linux.target.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux.executableName).toBe('waymark');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('has icons where electron-builder and the window look for them', () => {
    for (const icon of [config.win.icon, config.linux.icon, 'resources/icon.png']) {
      const png = readFileSync(join(ROOT, icon));
      expect(png.subarray(1, 4).toString(), icon).toBe('PNG');
      // electron-builder makes the Windows .ico from a PNG of at least 256 pixels.
      expect(png.readUInt32BE(16), icon).toBeGreaterThanOrEqual(256);
    }
  });

  it('flips fuses in its own afterPack hook, not a second time through electronFuses', () => {
    expect(config.afterPack).toBe(hook.afterPack);
    expect(hook.default).toBe(hook.afterPack);
    expect(config.electronFuses).toBeUndefined();
  });
});

describe('native module stripping', () => {
  type Filter = (file: string, stat: { moduleFullFilePath: string; isDirectory(): boolean }) => boolean;
  const { getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher.js') as {
    getNodeModuleFileMatcher(appDir: string, dest: string, expand: (s: string) => string, platformOptions: unknown, packager: unknown): { createFilter(): Filter };
  };

  /** Whether electron-builder would copy a node_modules file into the given platform's package. */
  function shipped(platform: 'win' | 'linux', rel: string, isDir = false): boolean {
    const packager = { config, debugLogger: { isEnabled: false } };
    const filter = getNodeModuleFileMatcher('/app', '/out', (s) => s, config[platform], packager).createFilter();
    return filter(`/app/${rel}`, { moduleFullFilePath: rel, isDirectory: () => isDir });
  }

  const prebuilds = readdirSync(join(ROOT, NATIVE, 'prebuilds')).filter((f) => f.endsWith('.node'));

  it('finds the module’s prebuilt binaries to check against', () => {
    expect(prebuilds).toContain('win32-x64.node');
    expect(prebuilds).toContain('linux-x64.node');
    expect(prebuilds.length).toBeGreaterThan(2);
  });

  it.each([
    ['win', 'win32-x64.node'],
    ['linux', 'linux-x64.node'],
  ] as const)('the %s package keeps only %s', (platform, keep) => {
    for (const file of prebuilds) {
      expect(shipped(platform, `${NATIVE}/prebuilds/${file}`), `${platform}: ${file}`).toBe(file === keep);
    }
  });

  it('drops the C sources and build files but keeps the JavaScript that loads the binary', () => {
    for (const platform of ['win', 'linux'] as const) {
      expect(shipped(platform, `${NATIVE}/deps`, true)).toBe(false);
      expect(shipped(platform, `${NATIVE}/deps/sqlite3/sqlite3.c`)).toBe(false);
      expect(shipped(platform, `${NATIVE}/src/better_sqlite3.cpp`)).toBe(false);
      expect(shipped(platform, `${NATIVE}/binding.gyp`)).toBe(false);
      expect(shipped(platform, `${NATIVE}/lib/index.js`)).toBe(true);
      expect(shipped(platform, `${NATIVE}/package.json`)).toBe(true);
      expect(shipped(platform, 'node_modules/zod/package.json')).toBe(true);
    }
  });

  it('loads its binary from the prebuilds folder that is kept', () => {
    // If the module ever moves its binaries, the patterns above would silently strip nothing.
    const binding = readFileSync(join(ROOT, NATIVE, 'lib', 'binding.js'), 'utf8');
    expect(binding).toContain("'prebuilds'");
    expect(statSync(join(ROOT, NATIVE, 'prebuilds')).isDirectory()).toBe(true);
  });
});

describe('fuses', () => {
  it('turns off every way to run the executable as something other than the app', () => {
    expect(hook.FUSES.version).toBe(FuseVersion.V1);
    expect(hook.FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(hook.FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(hook.FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  });

  it('accepts only the shipped, unmodified asar', () => {
    expect(hook.FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(hook.FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  it('encrypts cookies and gives file:// no extra privileges', () => {
    expect(hook.FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(hook.FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('decides every fuse Electron has, so a new one fails the build until decided', () => {
    expect(hook.FUSES.strictlyRequireAllFuses).toBe(true);
    const options = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    for (const o of options) expect(typeof hook.FUSES[o], FuseV1Options[o as FuseV1Options]).toBe('boolean');
  });

  it('flips the executable electron-builder produced on each platform', () => {
    const ctx = (platform: string) => ({
      appOutDir: '/dist/unpacked',
      electronPlatformName: platform,
      packager: { appInfo: { productFilename: 'Waymark' }, executableName: platform === 'linux' ? 'waymark' : undefined },
    });
    expect(hook.electronBinaryPath(ctx('win32'))).toBe(join('/dist/unpacked', 'Waymark.exe'));
    expect(hook.electronBinaryPath(ctx('linux'))).toBe(join('/dist/unpacked', 'waymark'));
    expect(() => hook.electronBinaryPath(ctx('freebsd'))).toThrow();
    expect(hook.fuseConfigFor('win32')).toMatchObject({ ...hook.FUSES, resetAdHocDarwinSignature: false });
  });

  /** A stand-in executable: some bytes around a fuse wire of `length` fuses, all enabled. */
  function fakeElectron(length: number): { dir: string; wireAt: number } {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-fuse-'));
    const head = Buffer.concat([Buffer.alloc(4096, 0x90), Buffer.from(SENTINEL), Buffer.from([1, length])]);
    writeFileSync(join(dir, 'waymark'), Buffer.concat([head, Buffer.alloc(length, FuseState.ENABLE), Buffer.alloc(4096, 0x90)]));
    return { dir, wireAt: head.length };
  }
  const linuxContext = (dir: string) => ({ appOutDir: dir, electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Waymark' }, executableName: 'waymark' } });

  it('writes every fuse into the executable and checks it took', async () => {
    const { dir, wireAt } = fakeElectron(9);
    try {
      await hook.afterPack(linuxContext(dir));
      const wire = readFileSync(join(dir, 'waymark')).subarray(wireAt, wireAt + 9);
      for (let i = 0; i < 9; i++) {
        expect(wire[i], FuseV1Options[i]).toBe(hook.FUSES[i] ? FuseState.ENABLE : FuseState.DISABLE);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the build when Electron has a fuse this config has not decided', async () => {
    const { dir } = fakeElectron(10);
    try {
      await expect(hook.afterPack(linuxContext(dir))).rejects.toThrow(/strictlyRequireAllFuses/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the build when the executable cannot be flipped (never ships an unfused app)', async () => {
    await expect(hook.afterPack({ appOutDir: '/nonexistent', electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Waymark' }, executableName: 'waymark' } })).rejects.toThrow();
  });
});

describe('package scripts', () => {
  it('builds the installers with this configuration', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['dist:win']).toMatch(/electron-builder --win --config build\/electron-builder\.config\.mjs/);
    expect(pkg.scripts['dist:linux']).toMatch(/electron-builder --linux --config build\/electron-builder\.config\.mjs/);
    for (const s of ['dist:win', 'dist:linux']) expect(pkg.scripts[s]).toMatch(/^electron-vite build && /);
  });
});
