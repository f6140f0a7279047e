import { Alert, Button, Group, Progress, Radio, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ImportPreview, ImportStatus } from '../../../../shared/import/schemas.import';
import type { ImportKind } from '../../../../shared/import/targets';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { ScreenHeader } from '../../components/ScreenHeader';
import { fileToBase64 } from './file-base64';
import { ImportProblems } from './ImportProblems';

const KINDS: { value: ImportKind; label: string }[] = [
  { value: 'units', label: 'Units (administrators)' },
  { value: 'staff', label: 'Staff (administrators)' },
  { value: 'cases', label: 'Open cases' },
];

/**
 * Moving in from a spreadsheet: choose what to import and the file, match its columns, see every
 * row's problems, then import everything (only when there are none) or only the valid rows.
 */
export function ImportScreen() {
  const [kind, setKind] = useState<ImportKind>('units');
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mode, setMode] = useState<'all' | 'valid_only'>('all');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (f = file, mapping: ImportPreview['mapping'] | null = null, sheet: string | null = preview?.sheet ?? null) => {
    if (!f) return;
    setBusy(true);
    const r = await call('import.preview', { kind, fileName: f.name, dataBase64: f.data, sheet, mapping });
    setBusy(false);
    if (r.ok) {
      setPreview(r.value);
      setError(null);
    } else setError(errorMessage(r.error));
  };

  const choose = async (picked: File | null) => {
    setPreview(null);
    setStatus(null);
    if (!picked) return setFile(null);
    const f = { name: picked.name, data: await fileToBase64(picked) };
    setFile(f);
    await check(f, null, null);
  };

  useEffect(() => {
    if (!status || status.state !== 'running') return;
    const timer = setTimeout(() => {
      void call('import.status', { jobId: status.jobId }).then((r) => (r.ok ? setStatus(r.value) : setError(errorMessage(r.error))));
    }, 300);
    return () => clearTimeout(timer);
  }, [status]);

  const run = async () => {
    if (!file || !preview) return;
    const r = await call('import.run', { kind, fileName: file.name, dataBase64: file.data, sheet: preview.sheet, mapping: preview.mapping, mode });
    if (!r.ok) return setError(errorMessage(r.error));
    setStatus({ jobId: r.value.jobId, kind, state: 'running', processed: 0, total: preview.validCount, created: 0, alreadyThere: 0, skipped: 0, problems: [], message: null });
  };

  const running = status?.state === 'running';
  const blocked = !preview || preview.mappingProblems.length > 0 || (mode === 'all' && preview.rowsWithProblems > 0) || preview.validCount === 0;
  return (
    <Stack>
      <ScreenHeader title="Import from a spreadsheet" />
      <Group align="end">
        <Select label="What to import" data={KINDS} value={kind} allowDeselect={false} disabled={running} onChange={(v) => { setKind(v as ImportKind); setPreview(null); setStatus(null); }} />
        <label>
          <Text size="sm" fw={500}>File (.csv or .xlsx)</Text>
          <input type="file" accept=".csv,.xlsx" disabled={running} onChange={(e) => void choose(e.currentTarget.files?.[0] ?? null)} />
        </label>
        {preview && preview.sheets.length > 1 && (
          <Select label="Sheet" data={preview.sheets} value={preview.sheet} allowDeselect={false} onChange={(v) => void check(file, null, v)} />
        )}
      </Group>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {preview && (
        <>
          <Text>
            {preview.rowCount.toLocaleString('en-GB')} rows: {preview.validCount.toLocaleString('en-GB')} ready
            {preview.alreadyImported > 0 && ` (${preview.alreadyImported.toLocaleString('en-GB')} already imported, left as they are)`}, {preview.rowsWithProblems.toLocaleString('en-GB')} with problems.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} aria-label="Which column holds each field">
            {preview.fields.map((fd) => (
              <Select
                key={fd.key}
                label={fd.label}
                withAsterisk={fd.required}
                placeholder="Not imported"
                data={preview.headers}
                value={preview.mapping[fd.key] ?? null}
                clearable={!fd.required}
                disabled={running || busy}
                onChange={(v) => void check(file, { ...preview.mapping, [fd.key]: v }, preview.sheet)}
              />
            ))}
          </SimpleGrid>
          {preview.mappingProblems.map((m) => <Alert key={m} color="orange">{m}</Alert>)}
          <ImportProblems problems={preview.problems} total={preview.problemCount} />
          <Radio.Group label="Rows to import" value={mode} onChange={(v) => setMode(v as 'all' | 'valid_only')}>
            <Group mt="xs">
              <Radio value="all" label="All rows (only when none has a problem)" />
              <Radio value="valid_only" label="Only the rows without problems" />
            </Group>
          </Radio.Group>
          <Group>
            <Button onClick={() => void run()} disabled={blocked || running} loading={running}>
              Import {preview.validCount.toLocaleString('en-GB')} rows
            </Button>
          </Group>
        </>
      )}
      {status && (
        <Stack gap="xs" aria-live="polite">
          <Progress value={status.total ? (100 * status.processed) / status.total : 100} aria-label="Import progress" />
          <Text>
            {status.state === 'running' && `Importing… ${status.processed.toLocaleString('en-GB')} of ${status.total.toLocaleString('en-GB')}`}
            {status.state === 'done' && `Done: ${status.created.toLocaleString('en-GB')} added, ${status.alreadyThere.toLocaleString('en-GB')} already there, ${status.skipped.toLocaleString('en-GB')} left out.`}
            {status.state === 'failed' && status.message}
          </Text>
          {status.state === 'done' && <ImportProblems problems={status.problems} total={status.problems.length} />}
        </Stack>
      )}
    </Stack>
  );
}
