import { Loader, MantineProvider, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppStatus } from '../../../shared/schemas/session';
import { call } from '../api/client';

function styleNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
}

/** Placeholder shell: replaced by the app shell of the accounts issue. */
export function Root() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  useEffect(() => {
    void call('app.status', {}).then((r) => r.ok && setStatus(r.value));
  }, []);
  return (
    <MantineProvider getStyleNonce={styleNonce} defaultColorScheme="auto">
      <main style={{ padding: 24 }}>
        <Title order={1}>Waymark</Title>
        {status ? <Text data-testid="setup-state">{status.setUp ? 'Set up' : 'Not set up yet'}</Text> : <Loader aria-label="Loading" />}
      </main>
    </MantineProvider>
  );
}
