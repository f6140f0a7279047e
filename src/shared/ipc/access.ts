/** Administrators only. */
export const ADMIN = ['administrator'] as const;
/** Managers and administrators. */
export const MANAGERS = ['administrator', 'manager'] as const;
/** Everyone who works with cases: every role. */
export const ALL_STAFF = ['administrator', 'manager', 'support_worker', 'night_worker'] as const;
