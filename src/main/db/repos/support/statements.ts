// The per-connection statement cache now serves every repository; kept here for its importers.
export { cached } from '../../statements';
