import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { financialYearLabel } from '../../../../shared/reports/periods';
import type { PeriodState } from './use-period';

/** Financial year, quarter, or any dates. */
export function PeriodPicker({ p }: { p: PeriodState }) {
  const years = Array.from({ length: 11 }, (_, i) => p.currentYear - i).map((y) => ({ value: String(y), label: financialYearLabel(y) }));
  return (
    <Group align="flex-end" gap="md" wrap="wrap" role="group" aria-label="Period">
      <SegmentedControl
        aria-label="Kind of period"
        value={p.kind}
        onChange={(v) => p.setKind(v as PeriodState['kind'])}
        data={[
          { value: 'financial_year', label: 'Financial year' },
          { value: 'quarter', label: 'Quarter' },
          { value: 'custom', label: 'Dates' },
        ]}
      />
      {p.kind !== 'custom' && <Select label="Financial year" data={years} value={String(p.year)} onChange={(v) => v && p.setYear(Number(v))} allowDeselect={false} w={140} />}
      {p.kind === 'quarter' && (
        <Select
          label="Quarter"
          data={[
            { value: '1', label: 'Q1 (Apr–Jun)' },
            { value: '2', label: 'Q2 (Jul–Sep)' },
            { value: '3', label: 'Q3 (Oct–Dec)' },
            { value: '4', label: 'Q4 (Jan–Mar)' },
          ]}
          value={String(p.quarter)}
          onChange={(v) => v && p.setQuarter(Number(v))}
          allowDeselect={false}
          w={150}
        />
      )}
      {p.kind === 'custom' && (
        <>
          <TextInput type="date" label="From" value={p.from} onChange={(e) => p.setFrom(e.currentTarget.value)} />
          <TextInput type="date" label="To" value={p.to} onChange={(e) => p.setTo(e.currentTarget.value)} error={p.input ? undefined : 'The end cannot be before the start.'} />
        </>
      )}
    </Group>
  );
}
