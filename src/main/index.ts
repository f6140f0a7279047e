import { runElectronApp } from './platform/electron-app';

// The Electron entry. Everything it does is in platform/electron-app.ts and the pure modules
// beside it; the command line (src/main/cli) is a separate entry that never loads Electron.
runElectronApp();
