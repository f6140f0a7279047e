import type { Result } from '../../../shared/errors';
import type { WaymarkBridge } from '../../../shared/ipc/bridge';
import type { Channel } from '../../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    waymark: WaymarkBridge;
  }
}

/** Calls a channel through the bridge the preload (or the dev shell) provides. */
export function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  const fn = window.waymark[channel] as (i: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  return fn(input);
}
