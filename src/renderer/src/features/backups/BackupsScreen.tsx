import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { BackupSetSummary, BackupSettings, BackupStatus } from '../../../../shared/backup/schemas';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { dateTime } from '../../components/format';
import { notify } from '../../components/notify';
import { ScreenHeader } from '../../components/ScreenHeader';
import { BackupSetsTable } from './BackupSetsTable';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupStatusView } from './BackupStatusPanel';
import { fileSize } from './backup-labels';
import { RestoreDialog, type RestoreTarget } from './RestoreDialog';
import { useBackupStatus } from './use-backup-status';
import './register-home-panel';

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

/** Backups (administrators): run one now, choose the folder and schedule, check and restore sets. */
export function BackupsScreen() {
  // The job this screen started, so its progress bar shows at once (and the status is read often
  // until it ends; see useBackupStatus).
  const [job, setJob] = useState<'backup' | 'verify' | null>(null);
  const { status, refresh } = useBackupStatus({ watch: job !== null });
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [sets, setSets] = useState<BackupSetSummary[]>([]);
  const [listError, setListError] = useState<string | null>(null);
  const running = job !== null;
  const [restoring, setRestoring] = useState<RestoreTarget | null>(null);
  const [otherFile, setOtherFile] = useState('');

  const loadSets = useCallback(async (folder: string | null) => {
    if (!folder) {
      setSets([]);
      setListError(null);
      return;
    }
    const r = await call('backup.list', {});
    if (r.ok) {
      setSets(r.value);
      setListError(null);
    } else setListError(errorMessage(r.error));
  }, []);

  useEffect(() => {
    void call('backup.settings.get', {}).then((r) => {
      if (!r.ok) return setListError(errorMessage(r.error));
      setSettings(r.value);
      void loadSets(r.value.folder);
    });
  }, [loadSets]);

  const backUpNow = async () => {
    setJob('backup');
    const r = await call('backup.run', {});
    setJob(null);
    await refresh();
    if (!r.ok) {
      notify({ color: 'red', title: 'Backup failed', message: errorMessage(r.error), autoClose: false });
      return;
    }
    notify({ color: 'green', title: 'Backup made and checked', message: `${r.value.name} (${fileSize(r.value.sizeBytes)}) is in the backup folder.` });
    await loadSets(settings?.folder ?? null);
  };

  const check = async (set: { file: string; label: string }) => {
    setJob('verify');
    const r = await call('backup.verify', { file: set.file });
    setJob(null);
    await refresh();
    if (r.ok) notify({ color: 'green', title: 'Backup checked', message: `${set.label} is whole: ${r.value.rows} records in ${r.value.tables} tables.` });
    else notify({ color: 'red', title: 'This backup failed its check', message: errorMessage(r.error), autoClose: false });
  };

  const busy = running || (status?.running ?? false);
  const shown: BackupStatus | null = status && job && !status.running ? { ...status, running: true, kind: job, phase: 'preparing', percent: 0 } : status;
  return (
    <>
      <ScreenHeader
        title="Backups"
        description="Encrypted copies of the database and its key file, checked after every backup. Keep the backup drive somewhere safe."
        actions={
          <Button onClick={() => void backUpNow()} loading={running} disabled={busy || !settings?.folder}>
            Back up now
          </Button>
        }
      />
      <Stack gap="lg" maw={900}>
        <Section title="Status" id="wm-backups-status">
          {shown ? <BackupStatusView status={shown} /> : <Loader aria-label="Loading backup status" />}
        </Section>
        <Section title="Where and how often" id="wm-backups-settings">
          {settings ? (
            <BackupSettingsForm
              initial={settings}
              onSaved={(s) => {
                setSettings(s);
                void loadSets(s.folder);
              }}
            />
          ) : (
            <Center py="md">
              <Loader aria-label="Loading backup settings" />
            </Center>
          )}
        </Section>
        <Section title="Backups in the folder" id="wm-backups-sets">
          <Stack>
            {listError && (
              <Alert color="red" variant="light" title="The backup folder could not be read" role="alert">
                {listError}
              </Alert>
            )}
            <BackupSetsTable
              sets={sets}
              busy={busy}
              onCheck={(s) => void check({ file: s.file, label: `The backup of ${dateTime(s.createdAt)}` })}
              onRestore={(s) => setRestoring({ file: s.file, description: `the backup of ${dateTime(s.createdAt)}` })}
            />
            <Text size="sm" c="dimmed">
              To restore a backup kept somewhere else, give the full path of its .db file (its .keyring file must be beside it).
            </Text>
            <Group align="flex-end">
              <TextInput label="Backup file" value={otherFile} onChange={(e) => setOtherFile(e.currentTarget.value)} w={{ base: '100%', sm: 480 }} />
              <Button variant="default" disabled={busy || !otherFile.trim()} onClick={() => void check({ file: otherFile.trim(), label: 'That backup' })}>
                Check
              </Button>
              <Button color="red" variant="light" disabled={busy || !otherFile.trim()} onClick={() => setRestoring({ file: otherFile.trim(), description: 'the backup in that file' })}>
                Restore…
              </Button>
            </Group>
          </Stack>
        </Section>
      </Stack>
      <RestoreDialog target={restoring} onClose={() => setRestoring(null)} />
    </>
  );
}
