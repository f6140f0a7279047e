// @ts-check
import { afterPack } from './after-pack.mjs';

/*
 * electron-builder configuration for the installers (npm run dist:win / dist:linux; see
 * docs/installers.md). A test loads this file and checks every setting the security model
 * depends on, because the build itself cannot run on our build machines.
 */

/** The SQLCipher module: Node-API binaries for every platform ship inside its package. */
export const NATIVE_MODULE = 'node_modules/better-sqlite3-multiple-ciphers';

/** The one prebuilt binary each package keeps (x64 only: the targets below build x64). */
export const KEPT_PREBUILD = Object.freeze({ win: 'win32-x64', linux: 'linux-x64' });

/**
 * File patterns that strip the native module down to what one platform loads: its own prebuilt
 * binary, and no C sources or build files (the package carries about 14 MB of them).
 * @param {string} prebuild
 */
export function nativeModuleFilesFor(prebuild) {
  return [
    `!${NATIVE_MODULE}/prebuilds/!(${prebuild}).node`,
    `!${NATIVE_MODULE}/{deps,src}{,/**/*}`,
    `!${NATIVE_MODULE}/binding.gyp`,
  ];
}

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'org.waymark.app',
  productName: 'Waymark',
  copyright: 'Copyright © Waymark contributors',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app, its icon and package.json; production node_modules are added by
  // electron-builder. Source maps stay out: they would hand the source to anyone with the PC.
  files: ['out/**/*', '!out/**/*.map', 'resources/**/*', 'package.json'],
  asar: true,
  // A native module is loaded from the real file system, not from inside the asar.
  asarUnpack: [`${NATIVE_MODULE}/**/*`],
  // The module's Node-API binaries already load in Electron: nothing is rebuilt or compiled.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  electronLanguages: ['en-GB', 'en-US'],
  fileAssociations: [],
  protocols: [],
  // No auto-update feed: the app never contacts a server, and IT deploys new versions.
  publish: null,
  afterPack,
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ],
    icon: 'build/icon.png',
    // The app itself never needs administrator rights; only the installer does.
    requestedExecutionLevel: 'asInvoker',
    files: nativeModuleFilesFor(KEPT_PREBUILD.win),
  },
  nsis: {
    // Installs for every account on the PC, into Program Files; `/S` runs it silently.
    oneClick: false,
    perMachine: true,
    allowElevation: true,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Waymark',
    runAfterFinish: false,
    deleteAppDataOnUninstall: false,
    include: 'build/installer.nsh',
    artifactName: 'Waymark-Setup-${version}.${ext}',
  },
  msi: {
    // For Group Policy: always per machine, no questions (msiexec /qn).
    perMachine: true,
    oneClick: true,
    runAfterFinish: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Waymark',
    // Fixed so every later MSI upgrades this one in place rather than installing beside it.
    upgradeCode: '52CB45D8-166B-4474-BBC1-364A724B3C9F',
    artifactName: 'Waymark-${version}.${ext}',
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: 'build/icon.png',
    category: 'Office',
    executableName: 'waymark',
    synopsis: 'Case records and rota for a refuge office',
    maintainer: 'Waymark maintainers <maintainers@waymark.invalid>',
    vendor: 'Waymark',
    files: nativeModuleFilesFor(KEPT_PREBUILD.linux),
  },
  deb: {
    priority: 'optional',
  },
};

export default config;
