import { useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from './error-messages';
import { useSession } from './session';
import { notify } from '../components/notify';

/** Turns discreet mode on or off for the signed-in person (remembered server-side). */
export function useDiscreetToggle(): { discreet: boolean; busy: boolean; setDiscreet(on: boolean): Promise<void> } {
  const { session, replaceSession } = useSession();
  const [busy, setBusy] = useState(false);
  return {
    discreet: session.discreet,
    busy,
    async setDiscreet(on) {
      // Ignore a second press while the first is on its way (the control stays focusable).
      if (busy) return;
      setBusy(true);
      const r = await call('session.setDiscreet', { discreet: on });
      setBusy(false);
      if (r.ok) replaceSession(r.value);
      else notify({ color: 'red', title: 'Discreet mode not changed', message: errorMessage(r.error) });
    },
  };
}
