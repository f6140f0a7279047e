import { Button, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { roleMayCall } from '../../../../shared/ipc/permissions';
import type { RetentionPurgeResult } from '../../../../shared/retention/schedule';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useChannel, useReload, useSubmit } from '../../components/use-channel';
import { DuePreview, dueSentence, nothingDue } from './DuePreview';
import { PurgeResult } from './PurgeResult';
import { ScheduleForm, ScheduleSummary } from './ScheduleSection';

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * Retention (managers and administrators): the schedule (administrators change it, managers read
 * it), what is due for deletion now by case reference, and "Approve and delete" with a
 * confirmation that states the counts. The result is shown in counts, as the audit entry keeps it.
 */
export function RetentionScreen() {
  const { session } = useSession();
  const mayEdit = roleMayCall('retention.schedule.update', session.role);
  const [reloadKey, reload] = useReload();
  const schedule = useChannel('retention.schedule.get', {}, reloadKey);
  const preview = useChannel('retention.preview', {}, reloadKey);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<RetentionPurgeResult | null>(null);
  const purge = useSubmit();

  const p = preview.value;
  const approve = async () => {
    if (!p) return;
    const r = await purge.run(() => call('retention.purge', { householdIds: p.cases.map((c) => c.householdId), auditThroughId: p.auditThroughId }));
    if (!r) return;
    setConfirming(false);
    setResult(r);
    reload();
  };

  return (
    <>
      <ScreenHeader
        title="Retention"
        description="How long records are kept, and deleting what is older than that. Deleted records cannot be brought back, except by restoring a backup."
      />
      <Stack gap="lg" maw={900}>
        <Section title="How long records are kept" id="wm-retention-schedule">
          {schedule.error ? (
            <FormError message={schedule.error} title="The schedule could not be shown" takeFocus={false} />
          ) : !schedule.value ? (
            <Center py="md">
              <Loader aria-label="Loading the retention schedule" />
            </Center>
          ) : mayEdit ? (
            <ScheduleForm
              key={JSON.stringify(schedule.value)}
              schedule={schedule.value}
              onSaved={() => {
                setResult(null);
                reload();
              }}
            />
          ) : (
            <ScheduleSummary schedule={schedule.value} />
          )}
        </Section>
        {result && <PurgeResult result={result} />}
        <Section title="Due for deletion now" id="wm-retention-due">
          {preview.error ? (
            <FormError message={preview.error} title="What is due could not be worked out" takeFocus={false} />
          ) : !p ? (
            <Center py="md">
              <Loader aria-label="Working out what is due" />
            </Center>
          ) : (
            <DuePreview
              key={reloadKey}
              preview={p}
              action={
                !nothingDue(p) && (
                  <Stack gap="xs" align="flex-start">
                    <Text size="sm">Approving deletes every record of these households, and the audit log entries, for good.</Text>
                    <Button color="red" size="md" onClick={() => setConfirming(true)}>
                      Approve and delete…
                    </Button>
                  </Stack>
                )
              }
            />
          )}
        </Section>
      </Stack>
      <ConfirmDialog
        opened={confirming && p !== null}
        title="Delete these records for good?"
        confirmLabel="Delete permanently"
        danger
        busy={purge.busy}
        error={purge.error}
        onConfirm={() => void approve()}
        onCancel={() => {
          if (purge.busy) return;
          purge.setError(null);
          setConfirming(false);
        }}
      >
        {p && (
          <Stack gap="xs">
            <Text>
              This deletes {dueSentence(p.counts)}: every record of those households (people, referrals, assessments, stays, support and letters).
            </Text>
            <Text fw={700}>Deletion cannot be undone.</Text>
            <Text size="sm" c="dimmed">
              The audit log keeps only the counts. A backup made before now still holds the records until it is rotated away.
            </Text>
          </Stack>
        )}
      </ConfirmDialog>
    </>
  );
}
