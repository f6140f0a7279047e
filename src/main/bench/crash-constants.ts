/** The setting each crash-writer transaction updates together with its audit row, to prove atomicity. */
export const CRASH_COUNTER_KEY = 'crash.last';
/** The audit action of the crash writer's rows. */
export const CRASH_ACTION = 'crash.write';
