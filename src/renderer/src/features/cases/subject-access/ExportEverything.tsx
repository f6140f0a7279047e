import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { SubjectAccessExport } from '../../../../../shared/retention/subject-access';
import { call } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { useSubmit } from '../../../components/use-channel';
import { saveExport } from '../../rota/exports';

/** "37 records from 9 tables". */
function sizeOf(counts: Record<string, number>): string {
  const records = Object.values(counts).reduce((a, b) => a + b, 0);
  const tables = Object.values(counts).filter((n) => n > 0).length;
  return `${records} ${records === 1 ? 'record' : 'records'} from ${tables} ${tables === 1 ? 'part' : 'parts'} of the case`;
}

/**
 * "Export everything held": one audited export, then the readable PDF and the JSON, each saved with
 * its own button (one save dialog per click in the installed app, never two at once). The files
 * stay in this screen's memory only until "Done" or the person leaves; Waymark keeps no copy.
 */
export function ExportEverything({ personId }: { personId: number }) {
  const [result, setResult] = useState<SubjectAccessExport | null>(null);
  const { busy, error, run } = useSubmit();
  const ready = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) ready.current?.focus();
  }, [result]);

  const exportAll = async () => {
    setResult(null);
    const r = await run(() => call('subjectAccess.export', { personId }));
    if (r) setResult(r);
  };

  return (
    <Stack gap="xs">
      <Button w="fit-content" onClick={() => void exportAll()} loading={busy}>
        Export everything held
      </Button>
      <FormError message={error} title="Not exported" />
      {result && (
        <Alert ref={ready} tabIndex={-1} color="green" variant="light" title="Export ready" className="wm-focus-target" role="status">
          <Stack gap="xs">
            <Text size="sm">
              {sizeOf(result.counts)}, as a readable PDF and as JSON. Save both, keep them safe and give them to the person securely. This export is recorded in the audit
              log (who, when and how many records, not their contents).
            </Text>
            <Group gap="sm">
              <Button onClick={() => saveExport(result.pdf)}>Save the readable PDF</Button>
              <Button variant="default" onClick={() => saveExport(result.json)}>
                Save the JSON
              </Button>
              <Button variant="subtle" onClick={() => setResult(null)}>
                Done
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
