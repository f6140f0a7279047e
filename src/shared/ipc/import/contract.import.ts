import { ImportFileSchema, ImportPreviewSchema, ImportRunInputSchema, ImportStartedSchema, ImportStatusInputSchema, ImportStatusSchema } from '../../import/schemas.import';
import type { ChannelSpec } from '../spec';
import type { IMPORT_CHANNELS } from './channels.import';

/** Input and output schemas of the import channels. */
export const importContract = {
  'import.preview': { input: ImportFileSchema, output: ImportPreviewSchema },
  'import.run': { input: ImportRunInputSchema, output: ImportStartedSchema },
  'import.status': { input: ImportStatusInputSchema, output: ImportStatusSchema },
} as const satisfies Record<(typeof IMPORT_CHANNELS)[number], ChannelSpec>;
