import { useCallback, useEffect, useState } from 'react';
import type { CaseRecord } from '../../../../../shared/cases/schemas/case-record';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';

/** Loads a case record (each open is audited by the router) and reloads it after a change. */
export function useCase(householdId: number): { record: CaseRecord | null; error: string | null; reload: () => void } {
  const [record, setRecord] = useState<CaseRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    void call('cases.get', { householdId }).then((r) => {
      if (r.ok) {
        setRecord(r.value);
        setError(null);
      } else setError(errorMessage(r.error));
    });
  }, [householdId]);
  useEffect(reload, [reload]);
  return { record, error, reload };
}
