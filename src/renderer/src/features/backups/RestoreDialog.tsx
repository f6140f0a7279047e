import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { FormError } from '../../components/FormError';
import { PasswordField } from '../../components/PasswordField';
import { notify } from '../../components/notify';
import { BackupProgress, type BackupProgressState } from './BackupProgress';
import { useBackupStatus } from './use-backup-status';

/** What is being restored: a listed set, or a file path typed in. */
export interface RestoreTarget {
  file: string;
  /** How the dialog names it: "the backup of 20 Nov 2026, 10:00". */
  description: string;
}

/** Until the restore shows in the status (the password is checked first), it is getting ready. */
const GETTING_READY: BackupProgressState = { running: true, kind: 'restore', phase: 'preparing', percent: 0 };

/**
 * The restore's progress while it runs: mounted when it starts, so the status is read at once and
 * then every half second, through checking the backup to putting it in place.
 */
function RestoreProgress() {
  const { status } = useBackupStatus({ watch: true });
  return <BackupProgress status={status?.running && status.kind === 'restore' ? status : GETTING_READY} />;
}

/**
 * Asks for the administrator's password again before replacing everyone's records with a backup.
 * "Cancel" has the focus first. While the restore runs, its progress shows above the buttons. On
 * success Waymark signs everyone out (the main process reloads the window), so the notice is all
 * this dialog shows.
 */
export function RestoreDialog({ target, onClose }: { target: RestoreTarget | null; onClose(): void }) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  const close = () => {
    if (busy) return;
    setPassword('');
    setError(null);
    setFieldError(null);
    onClose();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!target) return;
    if (!password) {
      setFieldError('Enter your password.');
      return;
    }
    setBusy(true);
    setError(null);
    setFieldError(null);
    const r = await call('backup.restore', { file: target.file, password });
    setBusy(false);
    setPassword('');
    if (!r.ok) {
      if (r.error.fields?.password) setFieldError(r.error.fields.password);
      else setError(errorMessage(r.error));
      return;
    }
    notify({
      color: 'green',
      title: 'Backup restored',
      message: `Restored from ${r.value.restoredFrom}. Everyone has been signed out; sign in again to carry on.`,
      autoClose: false,
    });
    onClose();
  };

  return (
    <Modal opened={target !== null} onClose={close} title="Restore a backup" centered size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {target && (
        <form onSubmit={(e) => void submit(e)} aria-label="Restore a backup" noValidate>
          <Stack>
            <Alert color="red" variant="light" title="This replaces everything in Waymark">
              <Text>
                Every record will be as it was in {target.description}. Anything saved since then is not in it. Everyone is signed out when the restore
                finishes. The database as it is now is kept as a safety copy beside it.
              </Text>
            </Alert>
            <PasswordField label="Your password" required value={password} error={fieldError} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" />
            <FormError message={error} title="Not restored" />
            {busy && <RestoreProgress />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} data-autofocus disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" color="red" loading={busy}>
                Restore this backup
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
