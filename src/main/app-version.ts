import pkg from '../../package.json' with { type: 'json' };

/** This build's version, as written into backup manifests. */
export const APP_VERSION: string = pkg.version;
