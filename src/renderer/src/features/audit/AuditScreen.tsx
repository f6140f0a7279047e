import { Alert, Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { roleMayCall } from '../../../../shared/ipc/permissions';
import type { AuditEntry } from '../../../../shared/schemas/audit';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { useSession } from '../../app/session';
import { useDiscreet } from '../../components/discreet';
import { initialsOf } from '../../components/initials';
import { ScreenHeader } from '../../components/ScreenHeader';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, optionsFor } from '../../../../shared/audit/audit-labels';
import { AuditFilters, type AuditFilterQuery } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { VerifyChain } from './VerifyChain';

/** Entries fetched per page. */
export const AUDIT_PAGE_SIZE = 100;

/** The audit log (managers and administrators): filter, page back through history, check the chain. */
export function AuditScreen() {
  const { session } = useSession();
  const discreet = useDiscreet();
  const [query, setQuery] = useState<AuditFilterQuery>({});
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [staff, setStaff] = useState<{ value: string; label: string }[]>([]);

  const fetchPage = useCallback(async (q: AuditFilterQuery, beforeId?: number) => {
    setBusy(true);
    setError(null);
    const r = await call('audit.list', { ...q, limit: AUDIT_PAGE_SIZE, ...(beforeId ? { beforeId } : {}) });
    setBusy(false);
    if (!r.ok) {
      setError(errorMessage(r.error));
      return;
    }
    setEntries((prev) => (beforeId && prev ? [...prev, ...r.value] : r.value));
    setHasMore(r.value.length === AUDIT_PAGE_SIZE);
  }, []);

  useEffect(() => void fetchPage(query), [fetchPage, query]);

  // Administrators can list every account for the user filter; managers cannot call users.list,
  // so they choose from the people who appear in the entries loaded so far.
  const canListUsers = roleMayCall('users.list', session.role);
  useEffect(() => {
    if (!canListUsers) return;
    void call('users.list', {}).then((r) => {
      if (r.ok) setStaff(r.value.map((u) => ({ value: String(u.id), label: u.username })));
    });
  }, [canListUsers]);

  const userOptions = useMemo(() => {
    const byId = new Map(staff.map((o) => [o.value, o.label]));
    for (const e of entries ?? []) if (e.userId !== null && e.username) byId.set(String(e.userId), e.username);
    return [...byId]
      .map(([value, username]) => ({ value, label: discreet ? initialsOf(username) : username }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  }, [staff, entries, discreet]);
  const actionOptions = useMemo(() => optionsFor(AUDIT_ACTION_LABELS, (entries ?? []).map((e) => e.action)), [entries]);
  const entityOptions = useMemo(
    () => optionsFor(AUDIT_ENTITY_LABELS, (entries ?? []).flatMap((e) => (e.entity ? [e.entity] : []))),
    [entries],
  );

  const last = entries?.[entries.length - 1];
  return (
    <>
      <ScreenHeader title="Audit log" description="Every sign-in, lock and change, newest first. Entries cannot be edited or deleted." />
      <Stack gap="lg">
        <Paper withBorder p="lg" radius="md">
          <AuditFilters userOptions={userOptions} actionOptions={actionOptions} entityOptions={entityOptions} onApply={setQuery} />
        </Paper>
        <VerifyChain />
        {error && (
          <Alert color="red" title="Entries could not be loaded" role="alert">
            {error}
          </Alert>
        )}
        {entries === null && !error && (
          <Center py="xl">
            <Loader aria-label="Loading audit entries" />
          </Center>
        )}
        {entries && entries.length === 0 && <Text>No entries match these filters.</Text>}
        {entries && entries.length > 0 && (
          <>
            <AuditTable entries={entries} />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" role="status">
                Showing {entries.length} {entries.length === 1 ? 'entry' : 'entries'}
                {hasMore ? '' : ' (all that match)'}.
              </Text>
              {hasMore && last && (
                <Button variant="default" loading={busy} onClick={() => void fetchPage(query, last.id)}>
                  Load more
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </>
  );
}
