import { Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { RetentionPreview } from '../../../../shared/retention/schedule';
import { REASON_LABELS, day, plural } from './retention-labels';

/** Rows shown at first; the rest one page at a time (a large service can have thousands due). */
const PAGE = 50;

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Stack gap={0}>
      <Text size="xl" fw={700} component="span">
        {value.toLocaleString('en-GB')}
      </Text>
      <Text size="sm" component="span">
        {label}
      </Text>
    </Stack>
  );
}

/** How many of each kind are due, in words (for the dialog and screen readers). */
export function dueSentence(counts: RetentionPreview['counts']): string {
  return `${plural(counts.closedCases, 'closed case')}, ${plural(counts.unsuccessfulReferrals, 'unsuccessful referral')} and ${plural(counts.auditEntries, 'audit log entry', 'audit log entries')}`;
}

/** Whether anything at all is due. */
export function nothingDue(p: RetentionPreview): boolean {
  return p.cases.length === 0 && p.counts.auditEntries === 0;
}

/**
 * What a purge would delete now: the counts, the cut-off dates, and the cases by reference (never
 * a name). A restricted case the reader is not named on is listed as "Restricted case".
 */
export function DuePreview({ preview, action }: { preview: RetentionPreview; action?: ReactNode }) {
  const [shown, setShown] = useState(PAGE);
  if (nothingDue(preview)) {
    return (
      <Stack gap={4} role="status">
        <Text fw={700}>Nothing is due for deletion.</Text>
        <Text c="dimmed">
          No closed case, unsuccessful referral or audit log entry is older than the schedule allows. Check again after the schedule changes, or next month.
        </Text>
      </Stack>
    );
  }
  const { cases, counts, cutoffs } = preview;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, xs: 3 }} maw={640} aria-label="Due for deletion" role="group">
        <Count label="closed cases" value={counts.closedCases} />
        <Count label="unsuccessful referrals" value={counts.unsuccessfulReferrals} />
        <Count label="audit log entries" value={counts.auditEntries} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        Due: closed cases with no contact since {day(cutoffs.closedCase)}, unsuccessful referrals with no contact since {day(cutoffs.unsuccessfulReferral)}, and
        audit log entries written before {day(cutoffs.audit)}.
      </Text>
      {/* Above the list, so approving never means scrolling past a long table. */}
      {action}
      {cases.length > 0 && (
        <Table striped aria-label="Cases due for deletion" verticalSpacing="xs" maw={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Case</Table.Th>
              <Table.Th scope="col">Why it is due</Table.Th>
              <Table.Th scope="col">Last contact</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cases.slice(0, shown).map((c) => (
              <Table.Tr key={c.householdId}>
                <Table.Td>{c.reference ?? <Text span fs="italic">Restricted case</Text>}</Table.Td>
                <Table.Td>{REASON_LABELS[c.reason]}</Table.Td>
                <Table.Td>{day(c.lastContactAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {cases.length > shown && (
        <Group>
          <Text size="sm">
            Showing {shown.toLocaleString('en-GB')} of {cases.length.toLocaleString('en-GB')} cases.
          </Text>
          <Button variant="default" onClick={() => setShown((n) => n + PAGE)}>
            Show {Math.min(PAGE, cases.length - shown)} more
          </Button>
        </Group>
      )}
    </Stack>
  );
}
