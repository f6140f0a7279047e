// @ts-check
import { join } from 'node:path';
import { flipFuses, FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';

/*
 * electron-builder's afterPack hook: flips Electron's fuses in the packaged executable, then reads
 * them back and fails the build if any did not take. It runs after the asar and its integrity hash
 * are in place and before signing (a fuse flip changes the binary, so it must precede signing).
 *
 * An .mjs file because @electron/fuses is an ES module only.
 */

/**
 * The fuse settings, each one explicit. strictlyRequireAllFuses makes a future Electron with a new
 * fuse fail the build until someone decides its setting here.
 * @type {import('@electron/fuses').FuseV1Config<boolean> & { strictlyRequireAllFuses: true }}
 */
export const FUSES = Object.freeze({
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // The executable must never run as a plain Node (ELECTRON_RUN_AS_NODE): it would bypass the app.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let anyone at the keyboard inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app code must be the asar the installer shipped, unmodified, and nothing else.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The app is served from app://, never file://; file pages get no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
});

/**
 * @typedef {object} PackContext
 * @property {string} appOutDir
 * @property {string} electronPlatformName
 * @property {{ appInfo: { productFilename: string }, executableName?: string }} packager
 */

/** The name of each fuse option by its index, for readable errors. */
const FUSE_NAMES = Object.fromEntries(Object.entries(FuseV1Options).filter(([, v]) => typeof v === 'number').map(([k, v]) => [v, k]));

/**
 * The packaged Electron executable, named as electron-builder names it per platform.
 * @param {PackContext} context
 * @returns {string}
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      throw new Error(`afterPack: no fuse settings for platform ${electronPlatformName}`);
  }
}

/**
 * The fuse config for a platform (macOS needs its ad-hoc signature reset after the flip).
 * @param {string} platform
 */
export function fuseConfigFor(platform) {
  return { ...FUSES, resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas' };
}

/**
 * The hook electron-builder calls.
 * @param {PackContext} context
 */
export async function afterPack(context) {
  const binary = electronBinaryPath(context);
  await flipFuses(binary, fuseConfigFor(context.electronPlatformName));
  const wire = await getCurrentFuseWire(binary);
  /** @type {Record<string, unknown>} */
  const actual = wire;
  for (const [index, wanted] of Object.entries(FUSES)) {
    if (!/^\d+$/.test(index)) continue;
    const state = actual[index];
    if (state !== (wanted ? FuseState.ENABLE : FuseState.DISABLE)) throw new Error(`afterPack: fuse ${FUSE_NAMES[index]} did not take (state ${String(state)})`);
  }
}

export default afterPack;
