import { z } from 'zod';
import { RoleSchema } from '../roles';
import { IsoTimestampSchema, PersonNameSchema, UsernameSchema } from './common';
import { NewPasswordSchema } from './password';

/** A staff account as administrators see it. */
export const UserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: IsoTimestampSchema,
  lastSignInAt: IsoTimestampSchema.nullable(),
});
/** A staff account. */
export type User = z.infer<typeof UserSchema>;

/** Add a user with a temporary password they must change at first sign-in. */
export const AddUserInputSchema = z
  .object({ username: UsernameSchema, displayName: PersonNameSchema, role: RoleSchema, temporaryPassword: NewPasswordSchema })
  .strict();

/** Change a user's role. */
export const SetRoleInputSchema = z.object({ userId: z.number().int().positive(), role: RoleSchema }).strict();

/** Deactivate a user: their keyring slot is removed and they cannot sign in again. */
export const DeactivateInputSchema = z.object({ userId: z.number().int().positive() }).strict();

/** Reset a user's password to a temporary one. */
export const ResetPasswordInputSchema = z
  .object({ userId: z.number().int().positive(), temporaryPassword: NewPasswordSchema })
  .strict();
