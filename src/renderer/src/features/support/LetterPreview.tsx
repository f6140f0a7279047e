import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { FormError } from '../../components/FormError';
import { LetterPaper } from './LetterPaper';
import { useChannel, useReload } from './use-support';
import './support.css';

type PdfFile = { fileName: string; content: string };

/**
 * Letters for a household: choose one (discharge, confirmation of residence, or any other the
 * administrator keeps), preview it as it will print, save it as a PDF or print it. Anything the
 * letter needs that the record lacks is named instead of printed as a gap. Every save and print is
 * audited.
 */
export function LetterPreview({ householdId, templateCode = 'discharge' }: { householdId: number; templateCode?: string }) {
  const [code, setCode] = useState<string | null>(templateCode);
  const [reloadKey, reload] = useReload();
  const templates = useChannel('letters.templates.list', {});
  const preview = useChannel('letters.preview', code ? { householdId, templateCode: code } : null, reloadKey);
  const [pdf, setPdf] = useState<PdfFile | null>(null);
  const [busy, setBusy] = useState<'pdf' | 'print' | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const choose = (c: string | null) => {
    setCode(c);
    setPdf(null);
    setActionError(null);
  };
  const savePdf = async () => {
    if (!code) return;
    setBusy('pdf');
    setActionError(null);
    const r = await call('letters.pdf', { householdId, templateCode: code });
    setBusy(null);
    if (r.ok) setPdf(r.value);
    else setActionError(errorMessage(r.error));
  };
  const print = async () => {
    if (!code) return;
    setBusy('print');
    setActionError(null);
    // Recorded (and audited) before the dialog opens: what matters is that it was sent to print.
    const r = await call('letters.recordPrint', { householdId, templateCode: code });
    setBusy(null);
    if (r.ok) window.print();
    else setActionError(errorMessage(r.error));
  };

  const options = (templates.value?.templates ?? []).filter((t) => t.active).map((t) => ({ value: t.code, label: t.title }));
  const kb = pdf ? Math.max(1, Math.round((pdf.content.length * 3) / 4 / 1024)) : 0;
  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <Select label="Letter" data={options} value={code} onChange={choose} allowDeselect={false} w={320} />
        <Button variant="default" onClick={reload}>
          Refresh preview
        </Button>
      </Group>
      {templates.error && <FormError message={templates.error} title="Letters could not be listed" />}
      {preview.error && <FormError message={preview.error} title="This letter cannot be made yet" />}
      {preview.value && !preview.error && (
        <>
          <Group>
            <Button onClick={() => void savePdf()} loading={busy === 'pdf'}>
              Save as PDF
            </Button>
            <Button variant="default" onClick={() => void print()} loading={busy === 'print'}>
              Print…
            </Button>
            {pdf && (
              <Text size="sm">
                PDF ready:{' '}
                <Anchor href={`data:application/pdf;base64,${pdf.content}`} download={pdf.fileName} data-testid="letter-pdf-link">
                  {pdf.fileName}
                </Anchor>{' '}
                ({kb} KB)
              </Text>
            )}
          </Group>
          <FormError message={actionError} title="Not printed" />
          <LetterPaper letter={preview.value} />
        </>
      )}
    </Stack>
  );
}
