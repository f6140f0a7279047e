import { Alert, Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_CHECKLIST, type ChecklistDefinition } from '../../../../../shared/cases/dash-checklist';
import { scoreChecklist, suggestedLevel, type ChecklistAnswer } from '../../../../../shared/cases/risk-rules';
import type { CaseRecord } from '../../../../../shared/cases/schemas/case-record';
import { RiskAssessmentInputSchema } from '../../../../../shared/cases/schemas/risk';
import { HolisticLevel, HolisticRisk, RiskLevel, SupportNeed } from '../../../../../shared/cases/vocab';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { dateTime } from '../../../components/format';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { labelOf, optionsOf, riskColor, riskLabel } from '../labels';
import { ChecklistQuestions } from './ChecklistQuestions';
import { IncidentsSection } from './IncidentsSection';
import { MaracForm } from './MaracForm';
import { RiskBadge } from '../RiskBadge';

type Holistic = Record<string, { level: string; notes: string }>;

/** The risk assessment: checklist with live score, judgement, holistic risks, needs; history; MARAC. */
export function AssessmentTab({ record, onChanged }: { record: CaseRecord; onChanged: () => void }) {
  const [def, setDef] = useState<ChecklistDefinition>(DEFAULT_CHECKLIST);
  // Assessments come newest first: a reassessment starts from the latest answers.
  const last = record.assessments[0];
  const [answers, setAnswers] = useState<Record<string, ChecklistAnswer>>(() => ({ ...(last?.answers ?? {}) }));
  const [judgement, setJudgement] = useState('');
  const [reason, setReason] = useState('');
  const [holistic, setHolistic] = useState<Holistic>({});
  const [primaryNeed, setPrimaryNeed] = useState('');
  const [secondary, setSecondary] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('risk.checklist', {}).then((r) => r.ok && setDef(r.value));
  }, []);

  const score = useMemo(() => scoreChecklist(def, answers), [def, answers]);
  const suggested = suggestedLevel(def, score);
  // Episodes come newest first: the forms act on the current one.
  const episode = record.episodes[0];

  const save = async () => {
    if (!episode) return;
    setFormError(null);
    const input = {
      referralId: episode.id,
      answers,
      judgementLevel: judgement || null,
      reason,
      holistic: Object.fromEntries(Object.entries(holistic).filter(([, v]) => v.level)),
      primaryNeed: primaryNeed || null,
      secondaryNeeds: secondary,
    };
    const parsed = RiskAssessmentInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setBusy(true);
    const r = await call('risk.assess', parsed.data);
    setBusy(false);
    if (!r.ok) {
      if (r.error.fields) setErrors(r.error.fields);
      else setFormError(errorMessage(r.error));
      return;
    }
    setErrors({});
    notify({ title: 'Assessment saved', message: `Risk level: ${riskLabel(r.value.level)}.`, color: 'green' });
    onChanged();
  };

  const judgementOptions = optionsOf(RiskLevel).filter((o) => !score.visibleHigh || o.value === 'high');

  return (
    <Stack gap="lg">
      {record.maracDue.length > 0 && (
        <Alert color="red" variant="light" title="A MARAC referral is due" role="alert">
          <Stack gap={4}>
            {record.maracDue.map((m) => (
              <Text key={m} size="sm">
                {m}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {/* Keyed by whether a referral is due: a new prompt starts the form as a new referral. */}
      {(record.maracDue.length > 0 || record.maracReferrals.length > 0) && <MaracForm key={record.maracDue.length > 0 ? 'due' : 'answered'} record={record} onChanged={onChanged} />}
      <IncidentsSection record={record} onChanged={onChanged} />
      <Title order={2} size="h3">
        {def.title}
      </Title>
      <Paper withBorder p="sm" pos="sticky" top={72} style={{ zIndex: 2 }} aria-live="polite" data-testid="checklist-score">
        <Group gap="md">
          <Text fw={700}>Score: {score.yes} “yes”</Text>
          <Text size="sm">
            {score.no} no · {score.notKnown} not known · {score.notAsked} not asked
          </Text>
          {score.visibleHigh ? (
            <Badge color="red" variant="filled" size="lg">
              Visible high risk ({def.highRiskThreshold} or more)
            </Badge>
          ) : (
            <Badge color={riskColor(suggested)} variant="light" c="var(--mantine-color-text)">
              Suggests {riskLabel(suggested).toLowerCase()} ({def.highRiskThreshold} or more = visible high risk)
            </Badge>
          )}
        </Group>
      </Paper>
      <ChecklistQuestions def={def} answers={answers} onAnswer={(n, a) => setAnswers((s) => ({ ...s, [String(n)]: a }))} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label="Professional judgement"
          description={score.visibleHigh ? 'A visible high risk cannot be lowered.' : 'Raise the level if your judgement says so.'}
          data={[{ value: '', label: `Accept the score (${riskLabel(suggested)})` }, ...judgementOptions]}
          value={judgement}
          onChange={(e) => setJudgement(e.currentTarget.value)}
          error={errors.judgementLevel}
        />
        <Textarea label="Reason for the level" autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
      </SimpleGrid>
      <Title order={3} size="h4">
        Risks beyond the checklist
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {optionsOf(HolisticRisk).map((h) => (
          <Group key={h.value} align="flex-end" gap="xs" wrap="nowrap">
            <NativeSelect
              label={h.label}
              data={[{ value: '', label: 'Not recorded' }, ...optionsOf(HolisticLevel)]}
              value={holistic[h.value]?.level ?? ''}
              onChange={(e) => {
                const level = e.currentTarget.value;
                setHolistic((s) => ({ ...s, [h.value]: { level, notes: s[h.value]?.notes ?? '' } }));
              }}
              w={170}
            />
            <Textarea
              label={`${h.label}: notes`}
              autosize
              minRows={1}
              style={{ flex: 1 }}
              value={holistic[h.value]?.notes ?? ''}
              onChange={(e) => {
                const notes = e.currentTarget.value;
                setHolistic((s) => ({ ...s, [h.value]: { level: s[h.value]?.level ?? 'not_known', notes } }));
              }}
            />
          </Group>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label="Primary need"
          data={[{ value: '', label: 'None recorded' }, ...optionsOf(SupportNeed)]}
          value={primaryNeed}
          onChange={(e) => setPrimaryNeed(e.currentTarget.value)}
        />
        <NativeSelect
          label="Add a secondary need"
          data={[{ value: '', label: 'Choose…' }, ...optionsOf(SupportNeed).filter((o) => !secondary.includes(o.value))]}
          value=""
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v) setSecondary((s) => [...s, v]);
          }}
        />
      </SimpleGrid>
      {secondary.length > 0 && (
        <Group gap="xs">
          {secondary.map((s) => (
            <Button key={s} size="compact-xs" variant="light" onClick={() => setSecondary((x) => x.filter((y) => y !== s))} aria-label={`Remove secondary need ${labelOf(SupportNeed.labels, s)}`}>
              {labelOf(SupportNeed.labels, s)} ✕
            </Button>
          ))}
        </Group>
      )}
      <FormError message={formError} />
      <Group>
        <Button onClick={() => void save()} loading={busy} disabled={!episode}>
          Save assessment
        </Button>
      </Group>
      <AssessmentHistory record={record} />
    </Stack>
  );
}

function AssessmentHistory({ record }: { record: CaseRecord }) {
  if (record.assessments.length === 0) return <Text c="dimmed">No assessment yet.</Text>;
  // Oldest first, so each row's change is read against the assessment before it.
  const rows = [...record.assessments].reverse();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Assessment history
      </Title>
      <Table aria-label="Assessment history" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th>Score</Table.Th>
            <Table.Th>Level</Table.Th>
            <Table.Th>Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a, i) => {
            const previous = i > 0 ? rows[i - 1] : undefined;
            return (
              <Table.Tr key={a.id}>
                <Table.Td>{dateTime(a.assessedAt)}</Table.Td>
                <Table.Td>{a.assessedBy ?? '—'}</Table.Td>
                <Table.Td>
                  {a.yesCount} yes{a.visibleHigh ? ' (visible high risk)' : ''}
                </Table.Td>
                <Table.Td>
                  <RiskBadge level={a.level} />
                  {a.byJudgement && <Text size="xs">by professional judgement</Text>}
                  {previous && previous.level !== a.level && <Text size="xs">was {riskLabel(previous.level)}</Text>}
                  {a.escalation && <Text size="xs">Potential escalation</Text>}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{a.reason || '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
