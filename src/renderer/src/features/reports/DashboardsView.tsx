import { Alert, Loader, Stack, Tabs } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { PeriodInput } from '../../../../shared/reports/periods';
import type { Computable } from '../../../../shared/reports/registry';
import { DASHBOARDS } from '../../../../shared/reports/dashboard';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { ChartCard } from './ChartCard';

type Dashboards = ChannelOutput<'reports.dashboards'>;

/** The managers' dashboards for the chosen period, one subject at a time. */
export function DashboardsView({ period, onDrill }: { period: PeriodInput; onDrill: (report: Computable, figure: string, label: string) => void }) {
  const [data, setData] = useState<Dashboards | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [board, setBoard] = useState<string>(DASHBOARDS[0]!.id);
  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    void call('reports.dashboards', { period }).then((r) => {
      if (!live) return;
      if (r.ok) setData(r.value);
      else setError(errorMessage(r.error));
    });
    return () => {
      live = false;
    };
  }, [period]);
  return (
    <Tabs value={board} onChange={(v) => v && setBoard(v)} variant="pills" keepMounted={false}>
      <Tabs.List mb="md" aria-label="Dashboards">
        {DASHBOARDS.map((d) => (
          <Tabs.Tab key={d.id} value={d.id}>
            {d.title}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {DASHBOARDS.map((d) => (
        <Tabs.Panel key={d.id} value={d.id}>
          {error && (
            <Alert color="red" role="alert" title="The dashboards could not be loaded">
              {error}
            </Alert>
          )}
          {!data && !error && <Loader aria-label="Loading the dashboards" />}
          {data && (
            <Stack gap="lg">
              {data.charts
                .filter((c) => c.dashboard === d.id)
                .map((c) => (
                  <ChartCard key={c.id} title={c.title} report={c.report as Computable} period={period} table={c.table} series={c.series} kind={c.kind} percent={c.percent} onDrill={onDrill} />
                ))}
            </Stack>
          )}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
