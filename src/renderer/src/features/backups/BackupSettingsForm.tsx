import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { z } from 'zod';
import { BackupFolderSchema, BackupScheduleSchema, RetentionSchema, type BackupSettings } from '../../../../shared/backup/schemas';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { FormError } from '../../components/FormError';
import { applyServerError, focusFirstInvalid } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { useChannel } from '../../components/use-channel';
import { SCHEDULE_LABELS } from './backup-labels';

/** The form's values: the folder as typed ('' for none), the rest as stored. */
const FormSchema = z.object({ folder: z.string().max(1000), schedule: BackupScheduleSchema, retention: RetentionSchema });
type FormValues = z.infer<typeof FormSchema>;

/** Where backups go, how often, and how many are kept (administrators). */
export function BackupSettingsForm({ initial, onSaved }: { initial: BackupSettings; onSaved(settings: BackupSettings): void }) {
  const form = useForm<FormValues>({
    initialValues: { folder: initial.folder ?? '', schedule: initial.schedule, retention: initial.retention },
    validate: schemaResolver(FormSchema, { sync: true }),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Only the desktop app has the OS folder dialog; elsewhere (the dev shell) the path is typed.
  const picker = useChannel('backup.folderPicker.available', {});
  const [choosing, setChoosing] = useState(false);

  const chooseFolder = async () => {
    setChoosing(true);
    const typed = form.getValues().folder.trim();
    const start = BackupFolderSchema.safeParse(typed);
    const r = await call('backup.folderPicker.choose', { startIn: start.success ? start.data : null });
    setChoosing(false);
    if (!r.ok) return setError(errorMessage(r.error));
    if (r.value.folder) {
      form.setFieldValue('folder', r.value.folder);
      form.clearFieldError('folder');
    }
  };

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const folder = values.folder.trim();
    const r = await call('backup.settings.update', { folder: folder === '' ? null : folder, schedule: values.schedule, retention: values.retention });
    setBusy(false);
    if (!r.ok) {
      setError(applyServerError(form, r.error));
      focusFirstInvalid();
      return;
    }
    form.resetDirty({ folder: r.value.folder ?? '', schedule: r.value.schedule, retention: r.value.retention });
    notify({ color: 'green', title: 'Backup settings saved', message: r.value.folder ? `Backups go to ${r.value.folder}.` : 'No backup folder is set.' });
    onSaved(r.value);
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate aria-label="Backup settings">
      <Stack>
        <TextInput
          label="Backup folder"
          description={
            picker.value === true
              ? 'A folder on a USB drive or a network share: choose it, or type its full path (for example E:\\Waymark backups). Waymark checks it can write there when you save.'
              : 'The full path of a folder on a USB drive or a network share, for example E:\\Waymark backups. Waymark checks it can write there when you save.'
          }
          // The button sits beside the box, under the label and above any error message.
          inputContainer={(input) =>
            picker.value === true ? (
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <div style={{ flex: 1 }}>{input}</div>
                <Button variant="default" onClick={() => void chooseFolder()} loading={choosing} disabled={busy}>
                  Choose folder…
                </Button>
              </Group>
            ) : (
              input
            )
          }
          {...form.getInputProps('folder')}
        />
        <Select
          label="Back up automatically"
          description="Automatic backups run while someone is signed in; one missed while the computer was off runs at the next sign-in."
          data={Object.entries(SCHEDULE_LABELS).map(([value, label]) => ({ value, label }))}
          allowDeselect={false}
          w={{ base: '100%', sm: 420 }}
          {...form.getInputProps('schedule')}
        />
        <Group grow align="flex-start" maw={560}>
          <NumberInput label="Daily sets kept" min={0} max={366} allowDecimal={false} allowNegative={false} {...form.getInputProps('retention.daily')} />
          <NumberInput label="Weekly sets kept" min={0} max={520} allowDecimal={false} allowNegative={false} {...form.getInputProps('retention.weekly')} />
          <NumberInput label="Monthly sets kept" min={0} max={600} allowDecimal={false} allowNegative={false} {...form.getInputProps('retention.monthly')} />
        </Group>
        <FormError message={error} title="Backup settings not saved" />
        <Group>
          <Button type="submit" loading={busy}>
            Save backup settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
