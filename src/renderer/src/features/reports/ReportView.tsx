import { Accordion, Alert, List, Loader, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PeriodInput } from '../../../../shared/reports/periods';
import type { Computable, ReportName } from '../../../../shared/reports/registry';
import type { ReportResult } from '../../../../shared/reports/result.schema';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { ExportPanel } from './ExportPanel';
import { ResultTableView } from './ResultTableView';

/** A commissioner report for the period: its tables (every count opens its records) and exports. */
export function ReportView({ report, period, onDrill }: { report: ReportName; period: PeriodInput; onDrill: (report: Computable, figure: string, label: string) => void }) {
  const [result, setResult] = useState<ReportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setResult(null);
    setError(null);
    void call('reports.run', { report, period }).then((r) => {
      if (!live) return;
      if (r.ok) setResult(r.value);
      else setError(errorMessage(r.error));
    });
    return () => {
      live = false;
    };
  }, [report, period]);
  if (error)
    return (
      <Alert color="red" role="alert" title="The report could not be produced">
        {error}
      </Alert>
    );
  if (!result) return <Loader aria-label="Producing the report" />;
  return (
    <Stack gap="lg">
      <Text>
        {result.description} <strong>{result.period.label}</strong> ({result.period.from} to {result.period.to}). Figures on screen are not suppressed; exports are, unless you turn it off.
      </Text>
      <ExportPanel report={report} period={period} />
      <Accordion variant="separated">
        <Accordion.Item value="rules">
          <Accordion.Control>How figures are counted</Accordion.Control>
          <Accordion.Panel>
            <List size="sm" spacing={4}>
              {result.rules.map((r) => (
                <List.Item key={r}>{r}</List.Item>
              ))}
            </List>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      {result.tables.map((t) => (
        <Paper key={t.id} withBorder radius="md" p="md" component="section" aria-label={t.title}>
          <Stack gap="xs">
            <ResultTableView table={t} onDrill={(figure, label) => onDrill(report, figure, label)} />
            <Text size="xs" c="dimmed">
              {t.definition}
            </Text>
            {t.note && <Text size="xs">Note: {t.note}</Text>}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
