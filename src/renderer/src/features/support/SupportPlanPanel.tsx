import { Badge, Button, Checkbox, Group, Modal, SegmentedControl, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notify } from '../../components/notify';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { PlanView } from '../../../../shared/support/schemas/plan.schema';
import { AssessmentStage, OutcomeArea, type OutcomeAreaCode } from '../../../../shared/support/vocab.support';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { dateTime } from '../../components/format';
import { EpisodeLine, NoEpisode } from './EpisodeNote';
import { shortDate, todayLondon } from './format';
import { ScoreInputs, scoresOf, type ScoreDraft } from './ScoreInputs';
import { useChannel, useReload, useSubmit } from './use-support';

type Plan = NonNullable<PlanView['plan']>;
type AreaDraft = { hasNeed: boolean; goals: string };

const CHANGE: Record<'improved' | 'same' | 'worse', { label: string; color: string }> = {
  improved: { label: 'Improved', color: 'green' },
  same: { label: 'No change', color: 'gray' },
  worse: { label: 'Worse', color: 'red' },
};

const REVIEW: Record<string, { label: string; color: string }> = {
  overdue: { label: 'Review overdue', color: 'red' },
  due: { label: 'Review due this week', color: 'yellow' },
  upcoming: { label: 'Review booked', color: 'gray' },
};

function draftOf(plan: Plan | null): Record<OutcomeAreaCode, AreaDraft> {
  return Object.fromEntries(
    OutcomeArea.codes.map((a) => {
      const p = plan?.areas.find((x) => x.area === a);
      return [a, { hasNeed: p?.hasNeed ?? false, goals: p?.goals ?? '' }];
    }),
  ) as Record<OutcomeAreaCode, AreaDraft>;
}

/** The scores dialog: at entry (once; recording again corrects it) or at a review. */
function ScoresDialog({ householdId, opened, hasEntry, needs, onClose, onSaved }: { householdId: number; opened: boolean; hasEntry: boolean; needs: ReadonlySet<OutcomeAreaCode>; onClose(): void; onSaved(): void }) {
  const [stage, setStage] = useState<'entry' | 'review'>(hasEntry ? 'review' : 'entry');
  const [assessedOn, setAssessedOn] = useState(todayLondon());
  const [nextReviewOn, setNextReviewOn] = useState('');
  const [scores, setScores] = useState<ScoreDraft>({});
  const [notes, setNotes] = useState('');
  const { busy, error, run } = useSubmit();
  useEffect(() => {
    if (opened) {
      setStage(hasEntry ? 'review' : 'entry');
      setScores({});
      setNotes('');
    }
  }, [opened, hasEntry]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run(() => call('support.plan.scores', { householdId, stage, assessedOn, scores: scoresOf(scores), notes, nextReviewOn: stage === 'review' && nextReviewOn ? nextReviewOn : null }));
    if (r) {
      notify({ color: 'green', title: 'Scores recorded', message: `${AssessmentStage.labels[stage]}, ${shortDate(assessedOn)}.` });
      onSaved();
      onClose();
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Record outcome scores" size="xl" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label="Record outcome scores">
        <Stack>
          <SegmentedControl
            aria-label="When"
            value={stage}
            onChange={(v) => setStage(v as 'entry' | 'review')}
            data={[
              { value: 'entry', label: hasEntry ? 'Correct the entry scores' : 'At entry' },
              { value: 'review', label: 'At a review' },
            ]}
          />
          <Group grow>
            <TextInput type="date" label="Date" required value={assessedOn} onChange={(e) => setAssessedOn(e.currentTarget.value)} />
            {stage === 'review' && <TextInput type="date" label="Next review" description="Leave empty if none is booked." value={nextReviewOn} onChange={(e) => setNextReviewOn(e.currentTarget.value)} />}
          </Group>
          <Text size="sm" c="dimmed">
            Score each area from 1 (in crisis) to 5 (managing well without support), agreed with the person. Leave an area unscored if it was not discussed.
          </Text>
          <ScoreInputs value={scores} onChange={setScores} needs={needs} />
          <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <FormError message={error} title="Scores not recorded" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Record scores
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Every recording of scores, one column each, for the areas scored. */
function ScoreHistory({ view }: { view: PlanView }) {
  if (view.assessments.length === 0) return <Text c="dimmed">No scores recorded yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder aria-label="Outcome scores over time">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Area</Table.Th>
            {view.assessments.map((a) => (
              <Table.Th scope="col" key={a.id}>
                {AssessmentStage.labels[a.stage].replace('Three months after a planned exit', 'Follow-up')}
                <Text size="xs" c="dimmed" component="span" display="block">
                  {shortDate(a.assessedOn)}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {OutcomeArea.codes.map((area) => (
            <Table.Tr key={area}>
              <Table.Th scope="row" fw={500}>
                {OutcomeArea.labels[area]}
              </Table.Th>
              {view.assessments.map((a) => (
                <Table.Td key={a.id}>{a.scores[area] ?? '–'}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The support and safety plan of a household's current episode: whether the person has a need in
 * each of the seven outcome areas, the goals agreed, how their scores have moved, the safety plan
 * and the review date.
 */
export function SupportPlanPanel({ householdId }: { householdId: number }) {
  const [reloadKey, reload] = useReload();
  const { value: view, error: loadError } = useChannel('support.plan.get', { householdId }, reloadKey);
  const [areas, setAreas] = useState(draftOf(null));
  const [safetyPlan, setSafetyPlan] = useState('');
  const [agreedOn, setAgreedOn] = useState('');
  const [nextReviewOn, setNextReviewOn] = useState('');
  const [scoresOpen, setScoresOpen] = useState(false);
  const { busy, error, run } = useSubmit();
  useEffect(() => {
    if (!view) return;
    setAreas(draftOf(view.plan));
    setSafetyPlan(view.plan?.safetyPlan ?? '');
    setAgreedOn(view.plan?.agreedOn ?? '');
    setNextReviewOn(view.plan?.nextReviewOn ?? '');
  }, [view]);
  const needs = useMemo(() => new Set(OutcomeArea.codes.filter((a) => areas[a].hasNeed)), [areas]);

  if (loadError) return <FormError message={loadError} title="The plan could not be shown" />;
  if (!view) return <Text c="dimmed">Loading the plan…</Text>;
  if (!view.episode) return <NoEpisode />;
  const ended = view.episode.state === 'ended';
  const byArea = new Map(view.plan?.areas.map((a) => [a.area, a]) ?? []);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run(() =>
      call('support.plan.save', {
        householdId,
        areas: OutcomeArea.codes.map((area) => ({ area, hasNeed: areas[area].hasNeed, goals: areas[area].goals })),
        safetyPlan,
        agreedOn: agreedOn || null,
        nextReviewOn: nextReviewOn || null,
      }),
    );
    if (r) {
      notify({ color: 'green', title: 'Plan saved', message: 'The support and safety plan is up to date.' });
      reload();
    }
  };

  const review = view.plan?.reviewStatus ? REVIEW[view.plan.reviewStatus] : null;
  return (
    <Stack gap="lg">
      <EpisodeLine episode={view.episode} />
      <form onSubmit={save} noValidate aria-label="Support and safety plan">
        <Stack>
          <Group justify="space-between" align="flex-end">
            <Title order={3} size="h4">
              Outcome areas and goals
            </Title>
            {review && (
              <Badge color={review.color} variant="light" c="var(--mantine-color-text)">
                {review.label}: {shortDate(view.plan?.nextReviewOn)}
              </Badge>
            )}
          </Group>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" aria-label="Outcome areas">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="26%">
                    Area
                  </Table.Th>
                  <Table.Th scope="col" w="10%">
                    Need
                  </Table.Th>
                  <Table.Th scope="col">Goals agreed</Table.Th>
                  <Table.Th scope="col" w="16%">
                    Scores (first → latest)
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {OutcomeArea.codes.map((area) => {
                  const a = byArea.get(area);
                  return (
                    <Table.Tr key={area}>
                      <Table.Th scope="row" fw={500}>
                        {OutcomeArea.labels[area]}
                      </Table.Th>
                      <Table.Td>
                        <Checkbox
                          aria-label={`Need: ${OutcomeArea.labels[area]}`}
                          checked={areas[area].hasNeed}
                          disabled={ended}
                          onChange={(e) => setAreas({ ...areas, [area]: { ...areas[area], hasNeed: e.currentTarget.checked } })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Textarea
                          aria-label={`Goals: ${OutcomeArea.labels[area]}`}
                          autosize
                          minRows={1}
                          disabled={ended}
                          value={areas[area].goals}
                          onChange={(e) => setAreas({ ...areas, [area]: { ...areas[area], goals: e.currentTarget.value } })}
                        />
                      </Table.Td>
                      <Table.Td>
                        {a?.first != null ? (
                          <Group gap={6} wrap="nowrap">
                            <Text span>{a.change ? `${a.first} → ${a.latest}` : String(a.latest)}</Text>
                            {a.change && (
                              <Badge size="sm" color={CHANGE[a.change].color} variant="light" c="var(--mantine-color-text)">
                                {CHANGE[a.change].label}
                              </Badge>
                            )}
                          </Group>
                        ) : (
                          <Text span c="dimmed">
                            Not scored
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Textarea label="Safety plan" description="What keeps the person and any children safe, agreed with them." autosize minRows={3} disabled={ended} value={safetyPlan} onChange={(e) => setSafetyPlan(e.currentTarget.value)} />
          <Group grow align="flex-start">
            <TextInput type="date" label="Plan agreed on" disabled={ended} value={agreedOn} onChange={(e) => setAgreedOn(e.currentTarget.value)} />
            <TextInput type="date" label="Next review" disabled={ended} value={nextReviewOn} onChange={(e) => setNextReviewOn(e.currentTarget.value)} />
          </Group>
          <FormError message={error} title="Plan not saved" />
          <Group>
            <Button type="submit" loading={busy} disabled={ended}>
              Save plan
            </Button>
            <Button variant="default" onClick={() => setScoresOpen(true)} disabled={ended}>
              Record scores…
            </Button>
            {view.plan && (
              <Text size="sm" c="dimmed">
                Last changed {dateTime(view.plan.updatedAt)}
                {view.plan.updatedBy ? ` by ${view.plan.updatedBy}` : ''}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
      <Stack gap="xs">
        <Title order={3} size="h4">
          Scores over time
        </Title>
        <ScoreHistory view={view} />
      </Stack>
      <ScoresDialog householdId={householdId} opened={scoresOpen} hasEntry={view.assessments.some((a) => a.stage === 'entry')} needs={needs} onClose={() => setScoresOpen(false)} onSaved={reload} />
    </Stack>
  );
}
