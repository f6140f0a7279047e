import { useComputedColorScheme } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ResultTable } from '../../../../shared/reports/result.schema';

/*
 * A dashboard chart drawn with Recharts from a report table: horizontal bars (long category names
 * stay readable), stacked bars, or a line over months. Colours are chosen per colour scheme so the
 * chart reads at night in dark mode; the numbers are always one click away in the table view.
 */

const LIGHT = ['#1c5d99', '#d9480f', '#2b8a3e', '#7048e8', '#c2255c'];
const DARK = ['#74c0fc', '#ffa94d', '#8ce99a', '#b197fc', '#faa2c1'];

/** The chart's data: one entry per row (the total row left out). */
export function chartRows(table: ResultTable, series: readonly string[]) {
  const idx = series.map((s) => table.columns.findIndex((c) => c.key === s));
  return table.rows.map((r) => Object.fromEntries([['name', r.label], ...series.map((s, i) => [s, idx[i]! >= 0 ? r.cells[idx[i]!]!.value : null])]));
}

/** A short spoken summary of what the chart shows. */
export function chartSummary(title: string, table: ResultTable, series: readonly string[]): string {
  const rows = chartRows(table, series).filter((r) => series.some((s) => (r[s] as number | null) !== null && (r[s] as number) !== 0));
  const names = series.map((s) => table.columns.find((c) => c.key === s)?.label ?? s);
  const parts = rows.slice(0, 12).map((r) => `${r.name}: ${series.map((s, i) => `${series.length > 1 ? `${names[i]} ` : ''}${r[s] ?? '–'}`).join(', ')}`);
  return `${title}. ${parts.length ? parts.join('; ') : 'No figures in this period'}${rows.length > 12 ? '; more in the table view' : ''}.`;
}

/** Draws the chart. */
export function ReportChart({ table, series, kind, percent }: { table: ResultTable; series: string[]; kind: 'bar' | 'stacked' | 'line'; percent: boolean }) {
  const scheme = useComputedColorScheme('light');
  const colours = scheme === 'dark' ? DARK : LIGHT;
  const text = scheme === 'dark' ? '#e9ecef' : '#212529';
  const grid = scheme === 'dark' ? '#495057' : '#dee2e6';
  const data = chartRows(table, series);
  const names = Object.fromEntries(series.map((s) => [s, table.columns.find((c) => c.key === s)?.label ?? s]));
  const tooltip = { contentStyle: { background: scheme === 'dark' ? '#25262b' : '#fff', color: text, border: `1px solid ${grid}` }, labelStyle: { color: text } };
  if (kind === 'line') {
    return (
      <ResponsiveContainer width="100%" height={320}>
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 24, bottom: 10, left: 0 }}>
          <CartesianGrid stroke={grid} strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={{ fill: text, fontSize: 12 }} stroke={text} />
          <YAxis domain={percent ? [0, 100] : [0, 'auto']} unit={percent ? '%' : ''} tick={{ fill: text, fontSize: 12 }} stroke={text} />
          <Tooltip {...tooltip} />
          {series.map((s, i) => (
            <Line key={s} type="monotone" dataKey={s} name={names[s]} stroke={colours[i % colours.length]} strokeWidth={2} connectNulls={false} isAnimationActive={false} />
          ))}
          {series.length > 1 && <Legend wrapperStyle={{ color: text }} />}
        </LineChart>
      </ResponsiveContainer>
    );
  }
  const height = Math.max(160, data.length * (kind === 'stacked' ? 30 : 22 + 8 * series.length) + 70);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 10, right: 70, bottom: 10, left: 10 }}>
        <CartesianGrid stroke={grid} strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} domain={percent ? [0, 100] : [0, 'auto']} unit={percent ? '%' : ''} tick={{ fill: text, fontSize: 12 }} stroke={text} />
        <YAxis type="category" dataKey="name" width={240} tick={{ fill: text, fontSize: 12 }} stroke={text} interval={0} />
        <Tooltip {...tooltip} cursor={{ fill: grid, opacity: 0.4 }} />
        {series.length > 1 && <Legend wrapperStyle={{ color: text }} />}
        {series.map((s, i) => (
          <Bar key={s} dataKey={s} name={names[s]} fill={colours[i % colours.length]} stackId={kind === 'stacked' ? 'a' : undefined} isAnimationActive={false}>
            {kind === 'bar' && <LabelList dataKey={s} position="right" fill={text} fontSize={12} formatter={(v: unknown) => (v === null || v === undefined ? 'no data' : `${String(v)}${percent ? '%' : ''}`)} />}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
