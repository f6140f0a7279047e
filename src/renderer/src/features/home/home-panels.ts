import type { ComponentType } from 'react';
import type { Channel } from '../../../../shared/ipc/channels';

/** A "today" panel on the home screen, added by a later feature (today's referrals, on-call cover…). */
export interface HomePanel {
  /** Stable id, used as the React key. */
  id: string;
  /** The panel's heading. */
  title: string;
  /** Shown only to roles that may call this channel (the panel's own data source). */
  channel?: Channel;
  /** Lower comes first. */
  order?: number;
  Component: ComponentType;
}

/**
 * The registry of home panels. Features append to it at module load, e.g.
 * `homePanels.push({ id: 'on-call', title: 'On call tonight', channel: 'rota.today', Component: OnCallPanel })`.
 */
export const homePanels: HomePanel[] = [];
