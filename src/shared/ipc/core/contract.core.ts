import { z } from 'zod';
import type { CORE_CHANNELS } from './channels.core';
import type { ChannelSpec } from '../spec';
import { AuditEntrySchema, AuditQuerySchema, AuditVerifySchema } from '../../schemas/audit';
import { EmptyInput } from '../../schemas/common';
import {
  AppStatusSchema,
  ChangePasswordInputSchema,
  DiscreetInputSchema,
  RecoverInputSchema,
  SessionInfoSchema,
  SetupInputSchema,
  SetupResultSchema,
  SignInInputSchema,
} from '../../schemas/session';
import { SettingsSchema, SettingsUpdateSchema } from '../../schemas/settings';
import {
  AddUserInputSchema,
  DeactivateInputSchema,
  ResetPasswordInputSchema,
  SetRoleInputSchema,
  UserSchema,
} from '../../schemas/users';

const Ok = z.object({ done: z.literal(true) });

/** Input and output schemas of the core channels. */
export const coreContract = {
  'app.status': { input: EmptyInput, output: AppStatusSchema },
  'setup.create': { input: SetupInputSchema, output: SetupResultSchema },
  'session.signIn': { input: SignInInputSchema, output: SessionInfoSchema },
  'session.signOut': { input: EmptyInput, output: Ok },
  'session.lock': { input: EmptyInput, output: Ok },
  'session.changePassword': { input: ChangePasswordInputSchema, output: SessionInfoSchema },
  'session.recover': { input: RecoverInputSchema, output: SessionInfoSchema },
  'session.setDiscreet': { input: DiscreetInputSchema, output: SessionInfoSchema },
  'session.touch': { input: EmptyInput, output: Ok },
  'users.list': { input: EmptyInput, output: z.array(UserSchema) },
  'users.add': { input: AddUserInputSchema, output: UserSchema },
  'users.setRole': { input: SetRoleInputSchema, output: UserSchema },
  'users.deactivate': { input: DeactivateInputSchema, output: UserSchema },
  'users.resetPassword': { input: ResetPasswordInputSchema, output: UserSchema },
  'audit.list': { input: AuditQuerySchema, output: z.array(AuditEntrySchema) },
  'audit.verify': { input: EmptyInput, output: AuditVerifySchema },
  'settings.get': { input: EmptyInput, output: SettingsSchema },
  'settings.update': { input: SettingsUpdateSchema, output: SettingsSchema },
} as const satisfies Record<(typeof CORE_CHANNELS)[number], ChannelSpec>;

