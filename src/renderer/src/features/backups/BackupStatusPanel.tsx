import { Alert, Stack, Text } from '@mantine/core';
import { describeAge } from '../../../../shared/backup/schedule';
import type { BackupStatus } from '../../../../shared/backup/schemas';
import { dateTime } from '../../components/format';
import { BackupProgress } from './BackupProgress';
import { useBackupStatus } from './use-backup-status';

/** What the panel says, given the status: pure, so it is tested without a bridge. */
export function BackupStatusView({ status }: { status: BackupStatus }) {
  const age = describeAge(status.ageHours);
  return (
    <Stack gap="sm">
      {status.failing && (
        <Alert color="red" variant="light" title="The last backup failed" role="alert">
          {status.details?.lastFailure?.message ?? 'Tell an administrator: the last backup did not work.'}
        </Alert>
      )}
      {status.lastGoodAt ? (
        <Text>
          Last good backup: <strong>{age}</strong> ({dateTime(status.lastGoodAt)}).
        </Text>
      ) : (
        <Text>There has never been a good backup of this database.</Text>
      )}
      {status.stale && !status.failing && (
        <Alert color="yellow" variant="light" title="No backup in the last 24 hours" role="status">
          {status.details ? 'Run a backup now from Backups, and check the backup drive is plugged in.' : 'Tell an administrator so they can run one.'}
        </Alert>
      )}
      <BackupProgress status={status} />
    </Stack>
  );
}

/** The home screen's backup panel: every member of staff sees it. */
export function BackupStatusPanel() {
  const { status } = useBackupStatus();
  if (!status) return <Text c="dimmed">Checking backups…</Text>;
  return <BackupStatusView status={status} />;
}
