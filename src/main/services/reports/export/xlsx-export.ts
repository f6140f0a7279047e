import type { Sheet } from '../../../../shared/reports/export-sheets';

/*
 * The XLSX export: one worksheet per sheet of the export grid (cover, one per table, definitions),
 * written by exceljs. Text is written as text — never as a formula — and was already escaped like
 * the CSV, so the two read the same. Titles are bold and the first column wide enough to read.
 */

/** The workbook as bytes. */
export async function sheetsToXlsx(sheets: readonly Sheet[], meta: { title: string; creator: string; created: Date }): Promise<Buffer> {
  // Loaded on first use, not at start-up: ExcelJS adds about 30 MB and 150 ms to the main
  // process, and most sessions never export a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator;
  wb.title = meta.title;
  wb.created = meta.created;
  wb.modified = meta.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
    ws.getRow(1).font = { bold: true, size: 13 };
    ws.getColumn(1).width = 60;
    for (let c = 2; c <= Math.max(...s.rows.map((r) => r.length)); c++) ws.getColumn(c).width = 16;
    const header = s.rows.findIndex((r) => r[0] === 'Category' || r[0] === 'Figure');
    if (header >= 0) ws.getRow(header + 1).font = { bold: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
