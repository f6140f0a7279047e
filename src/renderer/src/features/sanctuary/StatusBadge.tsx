import { Badge } from '@mantine/core';

const COLOURS: Record<string, string> = { red: 'red', yellow: 'yellow', green: 'green', gray: 'gray', blue: 'blue', orange: 'orange' };

/**
 * A light badge whose text keeps the page's text colour (the tinted text Mantine uses on light
 * badges is too faint to read against the tint for some colours). It never shrinks below its
 * words: a table column would otherwise cut "Overdue" to "Over…".
 */
export function StatusBadge({ color, children }: { color: keyof typeof COLOURS; children: string }) {
  return (
    <Badge color={COLOURS[color]} variant="light" c="var(--mantine-color-text)" style={{ textTransform: 'none', minWidth: 'max-content' }}>
      {children}
    </Badge>
  );
}
