import { Button, Group, NumberInput, Stack, Table, Text, TextInput, Textarea, Title, useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { notify } from '../../components/notify';
import { useState, type FormEvent } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { FEEDBACK_MAX } from '../../../../shared/support/schemas/feedback.schema';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { EpisodeLine, NoEpisode } from './EpisodeNote';
import { shortDate, todayLondon } from './format';
import { useChannel, useReload, useSubmit } from './use-support';

type Session = { id: number; sessionOn: string; outcomeTotal: number | null; sessionTotal: number | null; notes: string };

function toNumber(v: number | string): number | null {
  if (v === '' || v === null) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

/** The trend as a line chart, in colours that read in light and dark mode. */
function TrendChart({ sessions }: { sessions: Session[] }) {
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  const ink = dark ? theme.colors.dark[0] : theme.colors.gray[8];
  const grid = dark ? theme.colors.dark[4] : theme.colors.gray[3];
  const outcome = dark ? theme.colors.blue[3] : theme.colors.blue[8];
  const session = dark ? theme.colors.orange[3] : theme.colors.orange[9];
  const data = sessions.map((s) => ({ date: shortDate(s.sessionOn), outcome: s.outcomeTotal, session: s.sessionTotal }));
  const first = sessions.find((s) => s.outcomeTotal !== null)?.outcomeTotal;
  const last = [...sessions].reverse().find((s) => s.outcomeTotal !== null)?.outcomeTotal;
  const summary =
    first != null && last != null
      ? `Outcome rating total went from ${first} to ${last} over ${sessions.length} sessions. The same numbers are in the table below.`
      : 'The numbers are in the table below.';
  return (
    <figure style={{ margin: 0 }} aria-label={`Chart of session feedback. ${summary}`} role="img">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={grid} strokeDasharray="3 3" />
          <XAxis dataKey="date" stroke={ink} tick={{ fill: ink, fontSize: 12 }} />
          <YAxis domain={[0, FEEDBACK_MAX]} ticks={[0, 10, 20, 30, 40]} stroke={ink} tick={{ fill: ink, fontSize: 12 }} width={36} />
          <Tooltip contentStyle={{ background: dark ? theme.colors.dark[6] : theme.white, color: ink, borderColor: grid }} />
          <Legend wrapperStyle={{ color: ink }} />
          <Line type="monotone" dataKey="outcome" name="Outcome rating total" stroke={outcome} strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
          <Line type="monotone" dataKey="session" name="Session rating total" stroke={session} strokeWidth={2} strokeDasharray="6 3" dot={{ r: 4 }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/**
 * Session feedback: the outcome and session rating totals (0–40) the service's licensed scales
 * give, recorded per session as numbers only, with the trend as a chart and as a table.
 */
export function FeedbackPanel({ householdId }: { householdId: number }) {
  const [reloadKey, reload] = useReload();
  const { value, error: loadError } = useChannel('support.feedback.list', { householdId }, reloadKey);
  const [sessionOn, setSessionOn] = useState(todayLondon());
  const [outcomeTotal, setOutcome] = useState<number | string>('');
  const [sessionTotal, setSession] = useState<number | string>('');
  const [notes, setNotes] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();

  if (loadError) return <FormError message={loadError} title="Feedback could not be shown" />;
  if (!value) return <Text c="dimmed">Loading feedback…</Text>;
  if (!value.episode) return <NoEpisode />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFields({});
    const r = await run(
      () => call('support.feedback.add', { householdId, sessionOn, outcomeTotal: toNumber(outcomeTotal), sessionTotal: toNumber(sessionTotal), notes }),
      (f) => {
        setFields(f);
        return true;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Feedback recorded', message: `Session of ${shortDate(sessionOn)}.` });
      setOutcome('');
      setSession('');
      setNotes('');
      reload();
    }
  };

  return (
    <Stack gap="lg">
      <EpisodeLine episode={value.episode} />
      <form onSubmit={submit} noValidate aria-label="Record session feedback">
        <Stack>
          <Text size="sm" c="dimmed">
            Enter the totals from the rating scales completed with the person (0 to {FEEDBACK_MAX}, one decimal place). Only the totals are kept here.
          </Text>
          <Group grow align="flex-start">
            <TextInput type="date" label="Session date" required value={sessionOn} onChange={(e) => setSessionOn(e.currentTarget.value)} error={fields.sessionOn} />
            <NumberInput label="Outcome rating total" min={0} max={FEEDBACK_MAX} decimalScale={1} step={0.1} allowNegative={false} value={outcomeTotal} onChange={setOutcome} error={fields.outcomeTotal} />
            <NumberInput label="Session rating total" min={0} max={FEEDBACK_MAX} decimalScale={1} step={0.1} allowNegative={false} value={sessionTotal} onChange={setSession} error={fields.sessionTotal} />
          </Group>
          <Textarea label="Notes" autosize minRows={1} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <FormError message={error} title="Feedback not recorded" />
          <Group>
            <Button type="submit" loading={busy} disabled={value.episode.state === 'ended'}>
              Record feedback
            </Button>
          </Group>
        </Stack>
      </form>
      <Stack gap="xs">
        <Title order={3} size="h4">
          Trend
        </Title>
        {value.sessions.length === 0 ? <Text c="dimmed">No sessions recorded yet.</Text> : <TrendChart sessions={value.sessions} />}
        {value.sessions.length > 0 && (
          <Table.ScrollContainer minWidth={420}>
            <Table striped aria-label="Session feedback totals" tabIndex={0}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Session</Table.Th>
                  <Table.Th scope="col">Outcome rating total</Table.Th>
                  <Table.Th scope="col">Session rating total</Table.Th>
                  <Table.Th scope="col">Notes</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {value.sessions.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{shortDate(s.sessionOn)}</Table.Td>
                    <Table.Td>{s.outcomeTotal ?? '–'}</Table.Td>
                    <Table.Td>{s.sessionTotal ?? '–'}</Table.Td>
                    <Table.Td>{s.notes}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Stack>
  );
}
