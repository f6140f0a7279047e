import { z } from 'zod';

/** Service-wide settings an administrator can change. */
export const SettingsSchema = z.object({
  idleLockMinutes: z.number().int().min(1, 'At least 1 minute.').max(120, 'At most 120 minutes.'),
  orgName: z.string().trim().min(1, 'Enter the organisation’s name.').max(200),
  orgAddress: z.string().max(1000),
  orgPhone: z.string().max(100),
  orgEmail: z.string().max(200),
});
/** Service-wide settings. */
export type Settings = z.infer<typeof SettingsSchema>;

/** A partial update of the settings. */
export const SettingsUpdateSchema = SettingsSchema.partial().strict();
