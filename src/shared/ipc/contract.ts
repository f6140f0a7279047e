import type { z } from 'zod';
import type { Channel } from './channels';
import { allocationContract } from './allocation/contract.allocation';
import { backupContract } from './backup/contract.backup';
import { casesContract } from './cases/contract.cases';
import { coreContract } from './core/contract.core';
import { reportsContract } from './reports/contract.reports';
import { retentionContract } from './retention/contract.retention';
import { rotaContract } from './rota/contract.rota';
import { sanctuaryContract } from './sanctuary/contract.sanctuary';
import { staffRecordsContract } from './staff-records/contract.staff-records';
import { supportContract } from './support/contract.support';
import { importContract } from './import/contract.import';
import type { ChannelSpec } from './spec';

export type { ChannelSpec } from './spec';

/**
 * The IPC contract: every channel's input and output schema, gathered from each feature's
 * module. A feature adds one import and one spread here.
 */
export const contract = {
  ...coreContract,
  ...casesContract,
  ...rotaContract,
  ...backupContract,
  ...allocationContract,
  ...supportContract,
  ...reportsContract,
  ...sanctuaryContract,
  ...staffRecordsContract,
  ...importContract,
  ...retentionContract,
} as const satisfies Record<Channel, ChannelSpec>;

// Compile-time guard: the contract has no channel that CHANNELS lacks.
type Extra = Exclude<keyof typeof contract, Channel>;
const noExtraChannels: [Extra] extends [never] ? true : never = true;
void noExtraChannels;

/** What a caller passes to a channel (before defaults are applied). */
export type ChannelInput<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<(typeof contract)[C]['input']>;
/** What a channel returns. */
export type ChannelOutput<C extends Channel> = z.output<(typeof contract)[C]['output']>;
