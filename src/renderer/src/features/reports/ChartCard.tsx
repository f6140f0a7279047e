import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { PeriodInput } from '../../../../shared/reports/periods';
import type { Computable } from '../../../../shared/reports/registry';
import type { ResultTable } from '../../../../shared/reports/result.schema';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { saveBlob, saveFile } from '../../components/save-file';
import { svgToPngBlob } from './download';
import { chartSummary, ReportChart } from './ReportChart';
import { ResultTableView } from './ResultTableView';

/** One chart with its table view (the same numbers) and its SVG / PNG export. */
export interface ChartCardProps {
  title: string;
  report: Computable;
  period: PeriodInput;
  table: ResultTable;
  series: string[];
  kind: 'bar' | 'stacked' | 'line';
  percent: boolean;
  onDrill: (report: Computable, figure: string, label: string) => void;
}

/** A chart card. The chart itself takes the keyboard focus and reads out a summary. */
export function ChartCard(p: ChartCardProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const save = async (format: 'svg' | 'png') => {
    setError(null);
    const r = await call('reports.chart', { report: p.report, period: p.period, table: p.table.id, series: p.series, kind: p.kind, title: p.title, percent: p.percent, format: 'svg', suppress: true });
    if (!r.ok) return setError(errorMessage(r.error));
    if (format === 'svg') return saveFile(r.value);
    try {
      const svg = new TextDecoder().decode(Uint8Array.from(atob(r.value.content), (c) => c.charCodeAt(0)));
      saveBlob(await svgToPngBlob(svg), r.value.fileName.replace(/\.svg$/, '.png'));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The chart could not be drawn.');
    }
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} id={titleId} size="h4">
            {p.title}
          </Title>
          <Group gap="xs">
            <SegmentedControl size="xs" aria-label={`Show ${p.title} as`} value={view} onChange={(v) => setView(v as 'chart' | 'table')} data={[{ value: 'chart', label: 'Chart' }, { value: 'table', label: 'Table' }]} />
            <Button size="xs" variant="default" onClick={() => void save('svg')} aria-label={`Save ${p.title} as SVG`}>
              SVG
            </Button>
            <Button size="xs" variant="default" onClick={() => void save('png')} aria-label={`Save ${p.title} as PNG`}>
              PNG
            </Button>
          </Group>
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {view === 'chart' ? (
          <div tabIndex={0} role="img" aria-label={chartSummary(p.title, p.table, p.series)} className="wm-chart">
            <ReportChart table={p.table} series={p.series} kind={p.kind} percent={p.percent} />
          </div>
        ) : (
          <ResultTableView table={p.table} caption={false} onDrill={(figure, label) => p.onDrill(p.report, figure, label)} />
        )}
        <Text size="xs" c="dimmed">
          {p.table.definition}
        </Text>
      </Stack>
    </Paper>
  );
}
