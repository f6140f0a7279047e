import { z } from 'zod';
import type { Channel } from './channels';
import { AuditEntrySchema, AuditQuerySchema, AuditVerifySchema } from '../schemas/audit';
import { EmptyInput } from '../schemas/common';
import {
  AppStatusSchema,
  ChangePasswordInputSchema,
  DiscreetInputSchema,
  RecoverInputSchema,
  SessionInfoSchema,
  SetupInputSchema,
  SetupResultSchema,
  SignInInputSchema,
} from '../schemas/session';
import { SettingsSchema, SettingsUpdateSchema } from '../schemas/settings';
import {
  AddUserInputSchema,
  DeactivateInputSchema,
  ResetPasswordInputSchema,
  SetRoleInputSchema,
  UserSchema,
} from '../schemas/users';

/** One channel: what it accepts and what it returns. Access lives in permissions.ts. */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

const Ok = z.object({ done: z.literal(true) });

/** The IPC contract: every channel's input and output schema. */
export const contract = {
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
} as const satisfies Record<Channel, ChannelSpec>;

// Compile-time guard: the contract has no channel that CHANNELS lacks.
type Extra = Exclude<keyof typeof contract, Channel>;
const noExtraChannels: [Extra] extends [never] ? true : never = true;
void noExtraChannels;

/** What a caller passes to a channel (before defaults are applied). */
export type ChannelInput<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<(typeof contract)[C]['input']>;
/** What a channel returns. */
export type ChannelOutput<C extends Channel> = z.output<(typeof contract)[C]['output']>;
