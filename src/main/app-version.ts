import pkg from '../../package.json';

/** This build's version, as written into backup manifests. */
export const APP_VERSION: string = pkg.version;
