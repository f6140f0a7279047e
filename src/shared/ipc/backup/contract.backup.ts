import { z } from 'zod';
import {
  BackupFolderSchema,
  BackupRestoreInputSchema,
  BackupRestoreResultSchema,
  BackupRunResultSchema,
  BackupSetSummarySchema,
  BackupSettingsSchema,
  BackupSettingsUpdateSchema,
  BackupStatusSchema,
  BackupVerifyInputSchema,
  BackupVerifyResultSchema,
} from '../../backup/schemas';
import { FolderChoiceInputSchema, FolderChoiceSchema } from '../../backup/folder-choice';
import { EmptyInput } from '../../schemas/common';
import type { ChannelSpec } from '../spec';
import type { BACKUP_CHANNELS } from './channels.backup';

/** Input and output schemas of the backup channels. */
export const backupContract = {
  'backup.status': { input: EmptyInput, output: BackupStatusSchema },
  'backup.settings.get': { input: EmptyInput, output: BackupSettingsSchema },
  'backup.settings.update': { input: BackupSettingsUpdateSchema, output: BackupSettingsSchema },
  'backup.run': { input: EmptyInput, output: BackupRunResultSchema },
  // Without a folder, the configured one; with one, e.g. a USB drive holding older sets.
  'backup.list': { input: z.object({ folder: BackupFolderSchema.optional() }).strict(), output: z.array(BackupSetSummarySchema) },
  'backup.verify': { input: BackupVerifyInputSchema, output: BackupVerifyResultSchema },
  'backup.restore': { input: BackupRestoreInputSchema, output: BackupRestoreResultSchema },
  // The desktop app's native folder dialog; the dev shell has none (available: false).
  'backup.folderPicker.available': { input: EmptyInput, output: z.boolean() },
  'backup.folderPicker.choose': { input: FolderChoiceInputSchema, output: FolderChoiceSchema },
} as const satisfies Record<(typeof BACKUP_CHANNELS)[number], ChannelSpec>;
