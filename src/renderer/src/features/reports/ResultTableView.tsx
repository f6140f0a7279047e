import { Table, Text, UnstyledButton } from '@mantine/core';
import type { ResultTable } from '../../../../shared/reports/result.schema';
import { cellText, isDrillable } from './format';

/**
 * A report table as numbers. Every count can be opened as the records behind it (a button with a
 * name that says what it opens); the table has a caption, header cells and row headers so a
 * screen reader reads each figure with its row and column.
 */
export function ResultTableView({ table, onDrill, caption = true }: { table: ResultTable; onDrill?: (figure: string, label: string) => void; caption?: boolean }) {
  const rows = table.totalRow ? [...table.rows, table.totalRow] : table.rows;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table withTableBorder withColumnBorders striped highlightOnHover captionSide="top" className="wm-report-table">
        {caption && (
          <Table.Caption style={{ textAlign: 'left' }}>
            <Text fw={600} c="var(--mantine-color-text)">
              {table.title}
            </Text>
          </Table.Caption>
        )}
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Category</Table.Th>
            {table.columns.map((c) => (
              <Table.Th key={c.key} scope="col" ta="right">
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key} fw={r.key === 'total' ? 700 : undefined}>
              <Table.Th scope="row" fw={r.key === 'total' ? 700 : 400}>
                {r.label}
              </Table.Th>
              {r.cells.map((c, i) => {
                const text = cellText(c, r);
                const col = table.columns[i]!.label;
                return (
                  <Table.Td key={c.id} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {onDrill && isDrillable(c) ? (
                      <UnstyledButton
                        className="wm-drill"
                        aria-label={`${text}: open the records behind “${r.label}${table.columns.length > 1 ? `, ${col}` : ''}”`}
                        onClick={() => onDrill(c.id, `${table.title}: ${r.label}${table.columns.length > 1 ? `, ${col}` : ''}`)}
                        c="var(--mantine-color-anchor)"
                        td="underline"
                      >
                        {text}
                      </UnstyledButton>
                    ) : (
                      text
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
