import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SubjectAccessExport } from '../../../../../shared/retention/subject-access';
import { call } from '../../../api/client';
import { useSubmit } from '../../../components/use-channel';
import { saveFile } from '../../../components/save-file';

/** "5 records from 3 parts of the case". */
export function sizeOf(counts: Record<string, number>): string {
  const records = Object.values(counts).reduce((a, b) => a + b, 0);
  const parts = Object.values(counts).filter((n) => n > 0).length;
  return `${records} ${records === 1 ? 'record' : 'records'} from ${parts} ${parts === 1 ? 'part' : 'parts'} of the case`;
}

/**
 * "Export everything held": one audited export. The files stay in this screen's memory only until
 * "Done" or the person leaves; Waymark keeps no copy.
 */
export function useExportEverything(personId: number) {
  const [result, setResult] = useState<SubjectAccessExport | null>(null);
  const { busy, error, run } = useSubmit();
  const start = useCallback(async () => {
    setResult(null);
    const r = await run(() => call('subjectAccess.export', { personId }));
    if (r) setResult(r);
  }, [personId, run]);
  return { result, busy, error, start, clear: useCallback(() => setResult(null), []) };
}

/**
 * The export's result: what it holds, that it was audited, and the readable PDF and the JSON each
 * saved with its own button (one save dialog per click in the installed app, never two at once).
 * Focused when it appears, so a keyboard or screen-reader user lands on it.
 */
export function ExportReady({ result, onDone }: { result: SubjectAccessExport; onDone(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [result]);
  return (
    <Alert ref={ref} tabIndex={-1} color="green" variant="light" title="Export ready" className="wm-focus-target" role="status">
      <Stack gap="xs">
        <Text size="sm">
          {sizeOf(result.counts)}, as a readable PDF and as JSON. Save both, keep them safe and give them to the person securely. This export is recorded in the audit log
          (who, when and how many records, not their contents).
        </Text>
        <Group gap="sm">
          <Button onClick={() => saveFile(result.pdf)}>Save the readable PDF</Button>
          <Button variant="default" onClick={() => saveFile(result.json)}>
            Save the JSON
          </Button>
          <Button variant="subtle" onClick={onDone}>
            Done
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
