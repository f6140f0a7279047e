/** Channels of reports, dashboards, drill-down, exports and anonymised case files. */
export const REPORTS_CHANNELS = [
  'reports.run',
  'reports.dashboards',
  'reports.drill',
  'reports.export',
  'reports.chart',
  'reports.caseFiles.candidates',
  'reports.caseFiles.notes',
  'reports.caseFiles.release',
  'reports.caseFiles.export',
] as const;
