import { accessSync, constants, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { serialiseDataFolderConfig, type DataFolderConfig } from './data-folder';

/*
 * The file-system side of the data folder: reading and writing the config, and the writability
 * probe. Separate from data-folder.ts so the resolution rules stay pure.
 */

/** The config file's text, or null when there is none. Other read errors are real errors. */
export function readConfigText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Writes the config atomically (temporary file, then rename), so a crash never leaves half of it. */
export function writeDataFolderConfig(path: string, config: DataFolderConfig): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, serialiseDataFolderConfig(config), { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Whether this OS user can write in the folder, creating it first when the parent allows. */
export function isWritableFolder(path: string): boolean {
  try {
    mkdirSync(path, { recursive: true });
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
