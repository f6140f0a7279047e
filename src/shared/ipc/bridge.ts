import type { Result } from '../errors';
import type { Channel } from './channels';
import type { ChannelInput, ChannelOutput } from './contract';

/**
 * The API the preload exposes on `window.waymark`: one named function per channel. The dev shell
 * builds the same object in the page.
 */
export type WaymarkBridge = { [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> };

/** Test and dev-shell hooks the platform layer may drive (OS lock, suspend). */
export const BRIDGE_GLOBAL = 'waymark' as const;
