import { z } from 'zod';

/** Service-wide settings an administrator can change. */
export const SettingsSchema = z.object({
  idleLockMinutes: z.number().int().min(1, 'At least 1 minute.').max(120, 'At most 120 minutes.'),
  /** Potential escalation: this many incidents … */
  escalationIncidents: z
    .number({ error: 'Enter the number of incidents.' })
    .int('Enter a whole number of incidents.')
    .min(2, 'At least 2 incidents.')
    .max(20, 'At most 20 incidents.'),
  /** … within this many months. */
  escalationMonths: z
    .number({ error: 'Enter the number of months.' })
    .int('Enter a whole number of months.')
    .min(1, 'At least 1 month.')
    .max(36, 'At most 36 months.'),
  orgName: z.string().trim().min(1, 'Enter the organisation’s name.').max(200),
  orgAddress: z.string().max(1000),
  orgPhone: z.string().max(100),
  orgEmail: z.string().max(200),
});
/** Service-wide settings. */
export type Settings = z.infer<typeof SettingsSchema>;

/** A partial update of the settings. */
export const SettingsUpdateSchema = SettingsSchema.partial().strict();
