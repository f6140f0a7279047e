import { Alert, Button, Checkbox, Group, Loader, Paper, PasswordInput, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { PeriodInput } from '../../../../shared/reports/periods';
import type { ReviewNote } from '../../../../shared/reports/case-files.schema';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { saveFile } from '../../components/save-file';

type Candidate = ChannelOutput<'reports.caseFiles.candidates'>[number];

/**
 * Anonymised case files for a commissioner's audit: choose a sample of the period's cases, review
 * their notes and release the ones that may go, then export. Pseudonyms, age bands and months
 * only; no names, addresses, contact details, or notes that were not released.
 */
export function CaseFilesView({ period }: { period: PeriodInput }) {
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [notes, setNotes] = useState<ReviewNote[] | null>(null);
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setCandidates(null);
    setChosen(new Set());
    setNotes(null);
    void call('reports.caseFiles.candidates', { period }).then((r) => (r.ok ? setCandidates(r.value) : setMessage({ ok: false, text: errorMessage(r.error) })));
  }, [period]);
  const toggle = (id: number) => setChosen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const review = async () => {
    const r = await call('reports.caseFiles.notes', { referralIds: [...chosen] });
    if (r.ok) setNotes(r.value);
    else setMessage({ ok: false, text: errorMessage(r.error) });
  };
  const release = async (n: ReviewNote, on: boolean) => {
    const r = await call('reports.caseFiles.release', { kind: n.kind, id: n.id, release: on });
    if (r.ok) setNotes((list) => list?.map((x) => (x.kind === n.kind && x.id === n.id ? { ...x, released: on } : x)) ?? null);
    else setMessage({ ok: false, text: errorMessage(r.error) });
  };
  const exportFiles = async (format: 'json' | 'pdf') => {
    setMessage(null);
    const r = await call('reports.caseFiles.export', { referralIds: [...chosen], format, zipPassword: password ? password : null });
    if (!r.ok) return setMessage({ ok: false, text: errorMessage(r.error) });
    saveFile(r.value);
    setMessage({ ok: true, text: `Saved ${r.value.fileName} (${r.value.summary}).` });
  };
  if (!candidates) return <Loader aria-label="Loading the cases" />;
  return (
    <Stack gap="lg">
      <Text>Cases supported in the period. Choose up to 50 for the commissioner’s audit; each file gets a new random pseudonym.</Text>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Choose cases">
        <Table.ScrollContainer minWidth={480} mah={320}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Include</Table.Th>
                <Table.Th scope="col">Referral</Table.Th>
                <Table.Th scope="col">Case</Table.Th>
                <Table.Th scope="col">Support began</Table.Th>
                <Table.Th scope="col">Ended</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidates.map((c) => (
                <Table.Tr key={c.referralId}>
                  <Table.Td>
                    <Checkbox aria-label={`Include ${c.referralReference}`} checked={chosen.has(c.referralId)} onChange={() => toggle(c.referralId)} disabled={!chosen.has(c.referralId) && chosen.size >= 50} />
                  </Table.Td>
                  <Table.Td>{c.referralReference}</Table.Td>
                  <Table.Td>{c.householdReference}</Table.Td>
                  <Table.Td>{c.supportStart}</Table.Td>
                  <Table.Td>{c.exitedOn ?? 'Still supported'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group mt="md">
          <Button variant="default" disabled={chosen.size === 0} onClick={() => void review()}>
            Review notes of {chosen.size} {chosen.size === 1 ? 'case' : 'cases'}
          </Button>
        </Group>
      </Paper>
      {notes && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="wm-notes-title">
          <Title order={3} size="h4" id="wm-notes-title" mb="sm">
            Notes: release only what may leave the building
          </Title>
          {notes.length === 0 && <Text>These cases have no notes.</Text>}
          <Stack gap="sm">
            {notes.map((n) => (
              <Paper key={`${n.kind}-${n.id}`} withBorder p="sm">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {n.referralReference} · {n.date} · {n.what}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {n.text}
                    </Text>
                  </Stack>
                  <Switch checked={n.released} onChange={(e) => void release(n, e.currentTarget.checked)} label="Released" />
                </Group>
              </Paper>
            ))}
          </Stack>
        </Paper>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Button disabled={chosen.size === 0} onClick={() => void exportFiles('pdf')}>
          Export case files (PDF)
        </Button>
        <Button variant="default" disabled={chosen.size === 0} onClick={() => void exportFiles('json')}>
          Export case files (JSON)
        </Button>
        <PasswordInput label="Encrypt with a password (optional)" value={password} onChange={(e) => setPassword(e.currentTarget.value)} w={300} autoComplete="new-password" />
      </Group>
      {message && (
        <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
