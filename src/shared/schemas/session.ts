import { z } from 'zod';
import { RoleSchema } from '../roles';
import { PersonNameSchema, UsernameSchema } from './common';
import { NewPasswordSchema, PasswordInputSchema } from './password';

/** Who is signed in, as the renderer may know it. */
export const SessionInfoSchema = z.object({
  userId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  mustChangePassword: z.boolean(),
  discreet: z.boolean(),
});
/** Who is signed in. */
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** What the renderer needs on start-up to choose a screen. */
export const AppStatusSchema = z.object({
  setUp: z.boolean(),
  locked: z.boolean(),
  session: SessionInfoSchema.nullable(),
  orgName: z.string().nullable(),
  idleLockMinutes: z.number().int(),
});
/** The app's state as the renderer sees it. */
export type AppStatus = z.infer<typeof AppStatusSchema>;

/** First-run set-up: the organisation and its first administrator. */
export const SetupInputSchema = z
  .object({
    orgName: z.string().trim().min(1, 'Enter the organisation’s name.').max(200),
    orgAddress: z.string().max(1000).default(''),
    orgPhone: z.string().max(100).default(''),
    orgEmail: z.string().max(200).default(''),
    adminUsername: UsernameSchema,
    adminDisplayName: PersonNameSchema,
    password: NewPasswordSchema,
    passwordAgain: z.string(),
  })
  .strict()
  .refine((v) => v.password === v.passwordAgain, { path: ['passwordAgain'], message: 'The two passwords do not match.' });

/** Set-up result: the recovery key, shown exactly once. */
export const SetupResultSchema = z.object({ recoveryKey: z.string() });

/** Sign-in with username and password. */
export const SignInInputSchema = z.object({ username: z.string().max(200), password: PasswordInputSchema }).strict();

/** Change one's own password. */
export const ChangePasswordInputSchema = z
  .object({ currentPassword: PasswordInputSchema, newPassword: NewPasswordSchema, newPasswordAgain: z.string() })
  .strict()
  .refine((v) => v.newPassword === v.newPasswordAgain, { path: ['newPasswordAgain'], message: 'The two passwords do not match.' });

/** Unlock with the recovery key and set a new password for an administrator. */
export const RecoverInputSchema = z
  .object({
    recoveryKey: z.string().min(1, 'Enter the recovery key.').max(200),
    adminUsername: UsernameSchema,
    newPassword: NewPasswordSchema,
    newPasswordAgain: z.string(),
  })
  .strict()
  .refine((v) => v.newPassword === v.newPasswordAgain, { path: ['newPasswordAgain'], message: 'The two passwords do not match.' });

/** Turn discreet mode (initials instead of names) on or off for the signed-in person. */
export const DiscreetInputSchema = z.object({ discreet: z.boolean() }).strict();
