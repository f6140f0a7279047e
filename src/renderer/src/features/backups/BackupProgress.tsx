import { Progress, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import type { BackupStatus } from '../../../../shared/backup/schemas';
import { PHASE_LABELS } from './backup-labels';

const KIND_LABELS = { backup: 'Backing up', verify: 'Checking a backup', restore: 'Restoring' } as const;

/** What the progress bar needs of the backup status. */
export type BackupProgressState = Pick<BackupStatus, 'running' | 'kind' | 'phase' | 'percent'>;

/** The progress of the running backup, check or restore, if one is running. */
export function BackupProgress({ status }: { status: BackupProgressState | null }) {
  // The status panel and the restore dialog can both show one: each needs its own label id.
  const labelId = useId();
  if (!status?.running || !status.kind) return null;
  const percent = status.percent ?? 0;
  const label = `${KIND_LABELS[status.kind]}: ${status.phase ? PHASE_LABELS[status.phase] : 'working'}`;
  return (
    <Stack gap={4}>
      <Text size="sm" id={labelId}>
        {label} ({percent}%)
      </Text>
      {/* The label goes on the section: Mantine puts role="progressbar" there, not on the root. */}
      <Progress.Root>
        <Progress.Section value={percent} aria-labelledby={labelId} animated />
      </Progress.Root>
    </Stack>
  );
}
