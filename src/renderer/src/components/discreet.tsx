import { createContext, useContext, type ReactNode } from 'react';

const DiscreetContext = createContext(false);

/**
 * Whether discreet mode is on (initials instead of names, for when visitors can see the screen).
 * The app shell provides it from the signed-in person's setting.
 */
export function DiscreetProvider({ discreet, children }: { discreet: boolean; children: ReactNode }) {
  return <DiscreetContext.Provider value={discreet}>{children}</DiscreetContext.Provider>;
}

/** Whether discreet mode is on. */
export function useDiscreet(): boolean {
  return useContext(DiscreetContext);
}
