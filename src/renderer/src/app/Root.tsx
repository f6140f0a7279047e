import { AppGate } from './AppGate';
import { AppProviders } from './providers';

/** The renderer's root: providers around the screen chooser. */
export function Root() {
  return (
    <AppProviders>
      <AppGate />
    </AppProviders>
  );
}
