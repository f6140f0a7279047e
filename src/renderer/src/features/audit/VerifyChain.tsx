import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';

type Outcome = { kind: 'ok' | 'broken' | 'error'; title: string; message: string };

/**
 * "Check integrity": walks the hash chain in the main process and reports the first broken link,
 * which would mean someone altered the log with an outside tool.
 */
export function VerifyChain() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const check = async () => {
    setBusy(true);
    setOutcome(null);
    const r = await call('audit.verify', {});
    setBusy(false);
    if (!r.ok) setOutcome({ kind: 'error', title: 'The check could not run', message: errorMessage(r.error) });
    else if (r.value.ok) setOutcome({ kind: 'ok', title: 'The audit log is intact', message: `${r.value.rows} entries checked. ${r.value.message}` });
    else
      setOutcome({
        kind: 'broken',
        title: `The audit log has been altered${r.value.firstBrokenId !== null ? ` at entry ${r.value.firstBrokenId}` : ''}`,
        message: `${r.value.message} Tell your administrator; do not change anything else until they have looked.`,
      });
  };

  return (
    <Stack gap="sm">
      <div>
        <Button variant="default" loading={busy} onClick={() => void check()}>
          Check integrity
        </Button>
      </div>
      {outcome && (
        <Alert role="status" color={outcome.kind === 'ok' ? 'green' : 'red'} variant="light" title={outcome.title}>
          {outcome.message}
        </Alert>
      )}
    </Stack>
  );
}
