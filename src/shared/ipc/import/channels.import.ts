/** Channels of importing units, staff and open cases from a spreadsheet. */
export const IMPORT_CHANNELS = ['import.preview', 'import.run', 'import.status'] as const;
