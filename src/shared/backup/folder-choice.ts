import { z } from 'zod';
import { BackupFolderSchema } from './schemas';

/*
 * Choosing the backup folder with the operating system's folder dialog. Only the desktop app has
 * one; the dev shell and the command line do not, so the screen asks first and offers the button
 * only where it works (typing the path always works).
 */

/** Where the dialog starts: the folder typed or set already, if any. */
export const FolderChoiceInputSchema = z.object({ startIn: BackupFolderSchema.nullable().optional() }).strict();

/** The answer: whether a dialog exists here, and the folder chosen (null when cancelled). */
export const FolderChoiceSchema = z.object({ available: z.boolean(), folder: z.string().nullable() });
/** The answer of the folder dialog. */
export type FolderChoice = z.infer<typeof FolderChoiceSchema>;
