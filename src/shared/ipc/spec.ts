import type { z } from 'zod';

/** One channel: what it accepts and what it returns. Access lives in permissions.ts. */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}
