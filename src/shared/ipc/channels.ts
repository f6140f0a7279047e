import { ALLOCATION_CHANNELS } from './allocation/channels.allocation';
import { BACKUP_CHANNELS } from './backup/channels.backup';
import { CASES_CHANNELS } from './cases/channels.cases';
import { CORE_CHANNELS } from './core/channels.core';
import { REPORTS_CHANNELS } from './reports/channels.reports';
import { RETENTION_CHANNELS } from './retention/channels.retention';
import { ROTA_CHANNELS } from './rota/channels.rota';
import { SANCTUARY_CHANNELS } from './sanctuary/channels.sanctuary';
import { STAFF_RECORDS_CHANNELS } from './staff-records/channels.staff-records';
import { SUPPORT_CHANNELS } from './support/channels.support';
import { IMPORT_CHANNELS } from './import/channels.import';

/*
 * Every IPC channel by name, gathered from each feature's list. Kept free of zod so the preload
 * can import it without bundling the schemas; `contract.ts` checks at compile time that its keys
 * are exactly these. A feature adds one import and one spread here.
 */

/** Every IPC channel. */
export const CHANNELS = [...CORE_CHANNELS, ...CASES_CHANNELS, ...ROTA_CHANNELS, ...BACKUP_CHANNELS, ...ALLOCATION_CHANNELS, ...SUPPORT_CHANNELS, ...REPORTS_CHANNELS, ...SANCTUARY_CHANNELS, ...STAFF_RECORDS_CHANNELS, ...IMPORT_CHANNELS, ...RETENTION_CHANNELS] as const;

/** An IPC channel name. */
export type Channel = (typeof CHANNELS)[number];
