import { Alert, Button, Group, Paper, PasswordInput, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import type { PeriodInput } from '../../../../shared/reports/periods';
import type { ReportName } from '../../../../shared/reports/registry';
import { suppressionStatement } from '../../../../shared/reports/suppression';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { saveFile } from '../../components/save-file';

/**
 * Exports of a report: spreadsheet, PDF, CSV, or the unsuppressed figures as JSON for checking.
 * Suppression is on unless the manager turns it off (the rule is shown, and printed on the file);
 * a password puts the file in an AES-256 encrypted ZIP. Every export is audited.
 */
export function ExportPanel({ report, period }: { report: ReportName; period: PeriodInput }) {
  const [suppress, setSuppress] = useState(true);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (format: 'xlsx' | 'pdf' | 'csv' | 'json') => {
    setBusy(format);
    setMessage(null);
    const r = await call('reports.export', { report, period, format, suppress, zipPassword: password ? password : null });
    setBusy(null);
    if (!r.ok) return setMessage({ ok: false, text: errorMessage(r.error) });
    saveFile(r.value);
    setMessage({ ok: true, text: `Saved ${r.value.fileName} (${r.value.summary}).` });
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Export">
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <Button onClick={() => void run('xlsx')} loading={busy === 'xlsx'}>
            Export XLSX
          </Button>
          <Button variant="default" onClick={() => void run('pdf')} loading={busy === 'pdf'}>
            Export PDF
          </Button>
          <Button variant="default" onClick={() => void run('csv')} loading={busy === 'csv'}>
            Export CSV
          </Button>
          <Button variant="subtle" onClick={() => void run('json')} loading={busy === 'json'}>
            Figures for checking (JSON, unsuppressed)
          </Button>
        </Group>
        <Group gap="lg" align="flex-end" wrap="wrap">
          <Switch checked={suppress} onChange={(e) => setSuppress(e.currentTarget.checked)} label="Small-number suppression" />
          <PasswordInput
            label="Encrypt with a password (optional)"
            description="At least 12 characters; the file is put in an AES-256 ZIP."
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            w={320}
            autoComplete="new-password"
          />
        </Group>
        <Text size="xs" c={suppress ? 'dimmed' : 'red'}>
          {suppressionStatement(suppress)}
        </Text>
        {message && (
          <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
