import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { SanctuaryCaseDetail } from '../../../../../shared/sanctuary/schemas/detail.schema';
import { Agency, AssessmentPart, FireOutcome, type AgencyCode, type AssessmentPartCode } from '../../../../../shared/sanctuary/vocab.sanctuary';
import { call } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { labelOf, optionsOf, shortDate } from '../format';
import { useSubmit } from '../use-channel';

type Part = SanctuaryCaseDetail['assessments'][number];
type Draft = { id: number | null; part: string; agency: string; assessor: string; startedOn: string; completedOn: string; outcome: string | null; findings: string };

const DEFAULT_AGENCY: Record<AssessmentPartCode, AgencyCode> = { case_risk: 'da_practitioner', property: 'police', fire_safety: 'fire_service' };

function draftOf(p: Part | null): Draft {
  return p
    ? { id: p.id, part: p.part, agency: p.agency, assessor: p.assessor, startedOn: p.startedOn, completedOn: p.completedOn ?? '', outcome: p.outcome, findings: p.findings }
    : { id: null, part: 'case_risk', agency: 'da_practitioner', assessor: '', startedOn: '', completedOn: '', outcome: null, findings: '' };
}

function PartForm({ caseId, initial, onDone }: { caseId: number; initial: Draft; onDone(saved: boolean): void }) {
  const [d, setD] = useState(initial);
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const set = (p: Partial<Draft>) => setD((x) => ({ ...x, ...p }));
  const fire = d.part === 'fire_safety';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFields({});
    const r = await run(
      () =>
        call('sanctuary.assessments.save', {
          id: d.id,
          caseId,
          part: d.part as AssessmentPartCode,
          agency: d.agency as AgencyCode,
          assessor: d.assessor,
          startedOn: d.startedOn,
          completedOn: d.completedOn || null,
          outcome: fire ? (d.outcome as never) : null,
          findings: d.findings,
        }),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Assessment saved', message: `${labelOf(AssessmentPart.labels, d.part)} by ${labelOf(Agency.labels, d.agency).toLowerCase()}.` });
      onDone(true);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={d.id === null ? 'Add a part of the assessment' : 'Change a part of the assessment'}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Part"
            required
            data={optionsOf(AssessmentPart)}
            value={d.part}
            allowDeselect={false}
            onChange={(v) => set({ part: v ?? 'case_risk', agency: d.id === null ? DEFAULT_AGENCY[(v ?? 'case_risk') as AssessmentPartCode] : d.agency })}
          />
          <Select label="By" required data={optionsOf(Agency)} value={d.agency} allowDeselect={false} onChange={(v) => set({ agency: v ?? 'other' })} error={fields.agency} />
          <TextInput label="Assessor" value={d.assessor} onChange={(e) => set({ assessor: e.currentTarget.value })} error={fields.assessor} />
          <TextInput type="date" label="Started on" required value={d.startedOn} onChange={(e) => set({ startedOn: e.currentTarget.value })} error={fields.startedOn} />
          <TextInput type="date" label="Completed on" value={d.completedOn} onChange={(e) => set({ completedOn: e.currentTarget.value })} error={fields.completedOn} />
          {fire && <Select label="Fire check found" data={optionsOf(FireOutcome)} value={d.outcome} onChange={(v) => set({ outcome: v })} error={fields.outcome} clearable />}
        </SimpleGrid>
        <Textarea label={fire ? 'Findings and conditions' : 'Findings'} autosize minRows={2} value={d.findings} onChange={(e) => set({ findings: e.currentTarget.value })} error={fields.findings} />
        <FormError message={error} title="Not saved" />
        <Group>
          <Button type="submit" loading={busy}>
            {d.id === null ? 'Add to the assessment' : 'Save changes'}
          </Button>
          {d.id !== null && (
            <Button variant="default" onClick={() => onDone(false)}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The risk assessment of the case and of the property, fire safety included: each part with the
 * agency that did it and its dates. The earliest start stops the 2-working-day clock.
 */
export function AssessmentPanel({ detail, editable, onSaved }: { detail: SanctuaryCaseDetail; editable: boolean; onSaved(): void }) {
  const [editing, setEditing] = useState<Draft | null>(null);
  const [formKey, setFormKey] = useState(0);
  const fire = detail.fireCheck;
  return (
    <Stack>
      {fire ? (
        <Alert color={fire.outcome === 'unsafe' ? 'red' : 'green'} variant="light" title="Fire safety">
          Checked by the fire and rescue service on {shortDate(fire.completedOn)}: {labelOf(FireOutcome.labels, fire.outcome).toLowerCase()}.{fire.findings ? ` ${fire.findings}` : ''}
        </Alert>
      ) : (
        <Alert color="yellow" variant="light" title="Fire safety">
          The fire and rescue service has not checked the home yet. Measures that can restrict escape in a fire (dead locks, door braces, window locks, gates, reinforced doors)
          cannot be fitted until it has.
        </Alert>
      )}
      <Table.ScrollContainer minWidth={820}>
        <Table striped aria-label="Risk assessment" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Part</Table.Th>
              <Table.Th scope="col">By</Table.Th>
              <Table.Th scope="col">Started</Table.Th>
              <Table.Th scope="col">Completed</Table.Th>
              <Table.Th scope="col">Findings</Table.Th>
              {editable && (
                <Table.Th scope="col">
                  <Text span size="sm" fw={700}>
                    Change
                  </Text>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.assessments.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={editable ? 6 : 5}>
                  <Text c="dimmed">No part of the assessment has started yet.</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {detail.assessments.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{labelOf(AssessmentPart.labels, p.part)}</Table.Td>
                <Table.Td>
                  {labelOf(Agency.labels, p.agency)}
                  {p.assessor && (
                    <Text size="xs" c="dimmed">
                      {p.assessor}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{shortDate(p.startedOn)}</Table.Td>
                <Table.Td>{shortDate(p.completedOn)}</Table.Td>
                <Table.Td>
                  {p.outcome && <Text size="sm">{labelOf(FireOutcome.labels, p.outcome)}</Text>}
                  <Text size="sm" c="dimmed">
                    {p.findings}
                  </Text>
                </Table.Td>
                {editable && (
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => setEditing(draftOf(p))} aria-label={`Change ${labelOf(AssessmentPart.labels, p.part)}`}>
                      Change
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editable && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={3} size="h5">
              {editing ? 'Change a part' : 'Add a part'}
            </Title>
            <PartForm
              key={editing ? `e-${editing.id}` : `n-${formKey}`}
              caseId={detail.caseId}
              initial={editing ?? draftOf(null)}
              onDone={(saved) => {
                setEditing(null);
                setFormKey((k) => k + 1);
                if (saved) onSaved();
              }}
            />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
