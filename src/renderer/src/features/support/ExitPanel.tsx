import { Alert, Badge, Button, Checkbox, Group, List, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notify } from '../../components/notify';
import { useMemo, useState, type FormEvent } from 'react';
import { PLANNED_ONLY_REASONS, UNPLANNED_ONLY_REASONS, ExitDestination, ExitReason, FollowUpResult, Independence, OutcomeArea, type ExitReasonCode } from '../../../../shared/support/vocab.support';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { EpisodeLine, NoEpisode } from './EpisodeNote';
import { labelOf, longDate, optionsOf, shortDate, todayLondon } from './format';
import { ScoreInputs, scoresOf, type ScoreDraft } from './ScoreInputs';
import { useChannel, useReload, useSubmit } from './use-support';

const FOLLOW_UP: Record<string, { label: string; color: string }> = {
  overdue: { label: 'Follow-up overdue', color: 'red' },
  due: { label: 'Follow-up due soon', color: 'yellow' },
  upcoming: { label: 'Follow-up booked', color: 'gray' },
  done: { label: 'Follow-up done', color: 'green' },
};

/** The exit form: planned or not, why, where to, independence, final scores; ends the stay. */
function ExitForm({ householdId, view, needs, onSaved }: { householdId: number; view: NonNullable<ReturnType<typeof useExitView>['value']>; needs: ReadonlySet<(typeof OutcomeArea.codes)[number]>; onSaved(): void }) {
  const [exitedOn, setExitedOn] = useState(todayLondon());
  const [planned, setPlanned] = useState<'planned' | 'unplanned'>('planned');
  const [reason, setReason] = useState<string | null>(null);
  const [destination, setDestination] = useState<string | null>(null);
  const [independence, setIndependence] = useState<string | null>(null);
  const [scores, setScores] = useState<ScoreDraft>({});
  const [notes, setNotes] = useState('');
  const [startMoveOn, setStartMoveOn] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const stay = view.currentStay;
  const blocked = stay !== null && !view.mayEndStay;

  const chooseReason = (r: string | null) => {
    setReason(r);
    if (r && PLANNED_ONLY_REASONS.includes(r as ExitReasonCode)) setPlanned('planned');
    if (r && UNPLANNED_ONLY_REASONS.includes(r as ExitReasonCode)) setPlanned('unplanned');
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!reason) local.reason = 'Choose why support ended.';
    if (!destination) local.destination = 'Choose where they went (or “Not known”).';
    if (!independence) local.achievingIndependence = 'Choose one (or “Not known”).';
    setFields(local);
    if (Object.keys(local).length === 0) setConfirming(true);
  };
  const record = async () => {
    const r = await run(
      () =>
        call('exits.record', {
          householdId,
          exitedOn,
          planned: planned === 'planned',
          reason: reason as never,
          destination: destination as never,
          achievingIndependence: independence as never,
          finalScores: scoresOf(scores),
          notes,
          startMoveOn,
        }),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      setConfirming(false);
      notify({
        color: 'green',
        title: 'Exit recorded',
        message: `${r.endedStayId ? 'The stay has ended and the unit is free on the board. ' : ''}${r.followUpDueOn ? `Follow-up due ${longDate(r.followUpDueOn)}.` : ''}`,
      });
      onSaved();
    }
  };

  return (
    <form onSubmit={check} noValidate aria-label="Record the exit">
      <Stack>
        {stay ? (
          <Alert color={blocked ? 'yellow' : 'blue'} variant="light" title={blocked ? 'A manager records this exit' : 'This ends their stay'}>
            They are staying in {stay.unit} since {shortDate(stay.startDate)}. Recording the exit ends the stay on the morning of the exit date and frees the unit on the allocation board.
            {blocked ? ' Only a manager or an administrator can end a stay: ask the manager on call.' : ''}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label="Exit date" description={stay ? 'The morning they left.' : undefined} required value={exitedOn} onChange={(e) => setExitedOn(e.currentTarget.value)} error={fields.exitedOn} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="wm-exit-planned">
              Planned or unplanned
            </Text>
            <SegmentedControl
              aria-labelledby="wm-exit-planned"
              value={planned}
              onChange={(v) => setPlanned(v as 'planned' | 'unplanned')}
              data={[
                { value: 'planned', label: 'Planned' },
                { value: 'unplanned', label: 'Unplanned' },
              ]}
            />
            {fields.planned && (
              <Text size="sm" c="red">
                {fields.planned}
              </Text>
            )}
          </Stack>
          <Select label="Why support ended" required data={optionsOf(ExitReason)} value={reason} onChange={chooseReason} error={fields.reason} />
          <Select label="Where they went" required data={optionsOf(ExitDestination)} value={destination} onChange={setDestination} error={fields.destination} searchable />
          <Select
            label="Achieving independence"
            description="Your judgement, separate from whether the move was planned."
            required
            data={optionsOf(Independence)}
            value={independence}
            onChange={setIndependence}
            error={fields.achievingIndependence}
          />
        </SimpleGrid>
        <Stack gap="xs">
          <Title order={3} size="h5">
            Final outcome scores
          </Title>
          <ScoreInputs value={scores} onChange={setScores} needs={needs} areas={needs.size ? [...needs] : undefined} />
        </Stack>
        <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <Checkbox label="Carry on with move-on support after they leave (up to 12 months)" checked={startMoveOn} onChange={(e) => setStartMoveOn(e.currentTarget.checked)} />
        <FormError message={confirming ? null : error} title="Exit not recorded" />
        <Group>
          <Button type="submit" disabled={blocked}>
            Record exit…
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog opened={confirming} title="Record the exit?" confirmLabel="Record exit" busy={busy} error={error} onConfirm={() => void record()} onCancel={() => setConfirming(false)}>
        <Stack gap="xs">
          <Text>
            A {planned} exit on {longDate(exitedOn)}: {labelOf(ExitReason.labels, reason).toLowerCase()}, to {labelOf(ExitDestination.labels, destination).toLowerCase()}.
          </Text>
          {stay && <Text>The stay in {stay.unit} ends that morning and the unit becomes free.</Text>}
          {planned === 'planned' && <Text>A follow-up will be due three months later.</Text>}
          <Text c="dimmed">An exit cannot be undone here; a correction needs an administrator.</Text>
        </Stack>
      </ConfirmDialog>
    </form>
  );
}

/** The three-month follow-up after a planned exit. */
function FollowUpForm({ householdId, needs, onSaved }: { householdId: number; needs: ReadonlySet<(typeof OutcomeArea.codes)[number]>; onSaved(): void }) {
  const [doneOn, setDoneOn] = useState(todayLondon());
  const [result, setResult] = useState<string | null>('reached');
  const [scores, setScores] = useState<ScoreDraft>({});
  const [notes, setNotes] = useState('');
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run(() => call('exits.followUp', { householdId, doneOn, result: (result ?? 'reached') as never, scores: result === 'reached' ? scoresOf(scores) : {}, notes }));
    if (r) {
      notify({ color: 'green', title: 'Follow-up recorded', message: 'The three-month follow-up is on the record.' });
      onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Record the follow-up">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label="Follow-up date" required value={doneOn} onChange={(e) => setDoneOn(e.currentTarget.value)} />
          <Select label="What happened" required data={optionsOf(FollowUpResult)} value={result} onChange={setResult} allowDeselect={false} />
        </SimpleGrid>
        {result === 'reached' && <ScoreInputs value={scores} onChange={setScores} needs={needs} areas={needs.size ? [...needs] : undefined} />}
        <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <FormError message={error} title="Follow-up not recorded" />
        <Group>
          <Button type="submit" loading={busy}>
            Record follow-up
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Start or end move-on / second-stage support. */
function MoveOnControls({ householdId, episode, onSaved }: { householdId: number; episode: NonNullable<NonNullable<ReturnType<typeof useExitView>['value']>['episode']>; onSaved(): void }) {
  const m = episode.moveOn;
  const [date, setDate] = useState(todayLondon());
  const { busy, error, run } = useSubmit();
  const canStart = !m && (episode.exitedOn !== null || episode.acceptedTo === 'move_on');
  if (!m && !canStart) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = m ? await run(() => call('support.moveOn.end', { householdId, endedOn: date, note: '' })) : await run(() => call('support.moveOn.start', { householdId, startOn: date, note: '' }));
    if (r) onSaved();
  };
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate aria-label="Move-on support">
        <Stack gap="sm">
          <Title order={3} size="h5">
            Move-on support
          </Title>
          <Text size="sm">
            {m
              ? m.endedOn
                ? `Ran from ${shortDate(m.startOn)} to ${shortDate(m.endedOn)}.`
                : `Running since ${shortDate(m.startOn)}; it can continue until ${shortDate(m.latestEnd)} at the latest. Contacts in this time are logged as move-on support.`
              : 'Second-stage support for up to 12 months after leaving, on this same record.'}
          </Text>
          {!(m && m.endedOn) && (
            <Group align="flex-end">
              <TextInput type="date" label={m ? 'End date' : 'Start date'} value={date} onChange={(e) => setDate(e.currentTarget.value)} w={180} />
              <Button type="submit" variant="default" loading={busy}>
                {m ? 'End move-on support' : 'Start move-on support'}
              </Button>
            </Group>
          )}
          <FormError message={error} title="Not changed" />
        </Stack>
      </form>
    </Paper>
  );
}

function useExitView(householdId: number, reloadKey: number) {
  return useChannel('exits.get', { householdId }, reloadKey);
}

/**
 * The exit of the household's current episode: record it (planned or not, reason, destination,
 * independence, final scores; it ends the stay), then the three-month follow-up and any move-on
 * support.
 */
export function ExitPanel({ householdId }: { householdId: number }) {
  const [reloadKey, reload] = useReload();
  const { value, error } = useExitView(householdId, reloadKey);
  const plan = useChannel('support.plan.get', { householdId }, reloadKey);
  const needs = useMemo(() => new Set(plan.value?.plan?.areas.filter((a) => a.hasNeed).map((a) => a.area) ?? []), [plan.value]);

  if (error) return <FormError message={error} title="The exit could not be shown" />;
  if (!value) return <Text c="dimmed">Loading…</Text>;
  if (!value.episode) return <NoEpisode />;
  const x = value.exit;
  const follow = x?.followUp ? FOLLOW_UP[x.followUp.status]! : null;
  return (
    <Stack gap="lg">
      <EpisodeLine episode={value.episode} />
      {!x ? (
        <ExitForm householdId={householdId} view={value} needs={needs} onSaved={reload} />
      ) : (
        <Paper withBorder p="md" radius="md">
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={3} size="h4">
                {x.planned ? 'Planned' : 'Unplanned'} exit on {longDate(x.exitedOn)}
              </Title>
              {follow && (
                <Badge color={follow.color} variant="light" c="var(--mantine-color-text)">
                  {follow.label}
                  {x.followUp!.status !== 'done' ? `: ${shortDate(x.followUp!.dueOn)}` : ''}
                </Badge>
              )}
            </Group>
            <List spacing={2} size="sm">
              <List.Item>Why: {labelOf(ExitReason.labels, x.reason)}</List.Item>
              <List.Item>Where to: {labelOf(ExitDestination.labels, x.destination)}</List.Item>
              <List.Item>Achieving independence: {labelOf(Independence.labels, x.achievingIndependence)}</List.Item>
              {x.notes && <List.Item>Notes: {x.notes}</List.Item>}
              {x.by && <List.Item>Recorded by {x.by}</List.Item>}
            </List>
          </Stack>
        </Paper>
      )}
      {x?.followUp && x.followUp.status !== 'done' && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            Three-month follow-up (due {shortDate(x.followUp.dueOn)})
          </Title>
          <FollowUpForm householdId={householdId} needs={needs} onSaved={reload} />
        </Stack>
      )}
      {x?.followUp?.status === 'done' && (
        <Text size="sm">
          Follow-up on {shortDate(x.followUp.doneOn)}: {labelOf(FollowUpResult.labels, x.followUp.result)}.{x.followUp.notes ? ` ${x.followUp.notes}` : ''}
        </Text>
      )}
      <MoveOnControls householdId={householdId} episode={value.episode} onSaved={reload} />
    </Stack>
  );
}
