import { Progress, Stack, Text } from '@mantine/core';
import type { BackupStatus } from '../../../../shared/backup/schemas';
import { PHASE_LABELS } from './backup-labels';

const KIND_LABELS = { backup: 'Backing up', verify: 'Checking a backup', restore: 'Restoring' } as const;

/** The progress of the running backup, check or restore, if one is running. */
export function BackupProgress({ status }: { status: BackupStatus | null }) {
  if (!status?.running || !status.kind) return null;
  const percent = status.percent ?? 0;
  const label = `${KIND_LABELS[status.kind]}: ${status.phase ? PHASE_LABELS[status.phase] : 'working'}`;
  return (
    <Stack gap={4}>
      <Text size="sm" id="wm-backup-progress-label">
        {label} ({percent}%)
      </Text>
      {/* The label goes on the section: Mantine puts role="progressbar" there, not on the root. */}
      <Progress.Root>
        <Progress.Section value={percent} aria-labelledby="wm-backup-progress-label" animated />
      </Progress.Root>
    </Stack>
  );
}
