import { Paper, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import type { Computable, ReportName } from '../../../../shared/reports/registry';
import { REPORT_TITLES } from '../../../../shared/reports/registry';
import { ScreenHeader } from '../../components/ScreenHeader';
import { CaseFilesView } from './CaseFilesView';
import { DashboardsView } from './DashboardsView';
import { DrillDialog, type DrillTarget } from './DrillDialog';
import { PeriodPicker } from './PeriodPicker';
import { ReportView } from './ReportView';
import { usePeriod } from './use-period';

const REPORT_TABS: { value: ReportName; label: string }[] = [
  { value: 'annual-return', label: 'Annual return' },
  { value: 'quarterly', label: 'Quarterly outputs' },
  { value: 'kpi', label: 'KPIs' },
  { value: 'sanctuary', label: 'Sanctuary scheme' },
];

/**
 * Reports (managers and administrators): dashboards, the commissioners' returns with every figure
 * opening the records behind it, exports, and anonymised case files — for a financial year, a
 * quarter or any dates.
 */
export function ReportsScreen() {
  const p = usePeriod();
  const [tab, setTab] = useState<string>('dashboards');
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const onDrill = (report: Computable, figure: string, label: string) => p.input && setDrill({ report, period: p.input, figure, label });
  return (
    <>
      <ScreenHeader title="Reports" description={`Figures for commissioners and managers · ${p.label}`} />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <PeriodPicker p={p} />
        </Paper>
        <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
          <Tabs.List mb="md" aria-label="Reports">
            <Tabs.Tab value="dashboards">Dashboards</Tabs.Tab>
            {REPORT_TABS.map((r) => (
              <Tabs.Tab key={r.value} value={r.value} title={REPORT_TITLES[r.value]}>
                {r.label}
              </Tabs.Tab>
            ))}
            <Tabs.Tab value="case-files">Anonymised case files</Tabs.Tab>
          </Tabs.List>
          {p.input && (
            <>
              <Tabs.Panel value="dashboards">
                <DashboardsView period={p.input} onDrill={onDrill} />
              </Tabs.Panel>
              {REPORT_TABS.map((r) => (
                <Tabs.Panel key={r.value} value={r.value}>
                  <ReportView report={r.value} period={p.input!} onDrill={onDrill} />
                </Tabs.Panel>
              ))}
              <Tabs.Panel value="case-files">
                <CaseFilesView period={p.input} />
              </Tabs.Panel>
            </>
          )}
        </Tabs>
      </Stack>
      <DrillDialog target={drill} onClose={() => setDrill(null)} />
    </>
  );
}
