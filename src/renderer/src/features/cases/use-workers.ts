import { useEffect, useState } from 'react';
import { call } from '../../api/client';

/**
 * Named workers who have a user account, from the rota's staff directory (users.list is for
 * administrators only; every role may read the staff directory).
 */
export function useWorkers(): { value: string; label: string }[] {
  const [workers, setWorkers] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    let live = true;
    void call('rota.staff.list', { includeInactive: false }).then((r) => {
      if (!live || !r.ok) return;
      setWorkers(r.value.filter((s) => s.userId !== null).map((s) => ({ value: String(s.userId), label: s.name })));
    });
    return () => {
      live = false;
    };
  }, []);
  return workers;
}
