import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OnNow, OnNowPerson } from '../../../../../shared/rota/schemas/on-now.schema';
import { dayOf } from '../../../../../shared/rota/zone';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { PersonName } from '../../../components/PersonName';
import { shortDay } from '../rota-dates';
import { useTopicReload } from '../use-reload';
import { clockLabel, refreshDelay, untilLabel } from './on-now-timing';

const weekday = (date: string) => shortDay(dayOf(date)).split(' ')[0]!;

function People({ people, todayLocal, emptyText, urgent }: { people: OnNowPerson[]; todayLocal: string; emptyText: string; urgent?: boolean }) {
  if (people.length === 0) {
    return (
      <Text fw={urgent ? 700 : 400} c={urgent ? 'var(--mantine-color-red-text)' : 'dimmed'}>
        {emptyText}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {people.map((p) => (
        <div key={`${p.staffId}-${p.shiftTypeId}-${p.start}`} className="wm-on-now-person">
          <Text>
            <PersonName name={p.name} fw={600} />
            {p.contactNumber ? (
              <Text span ml="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {p.contactNumber}
              </Text>
            ) : null}
          </Text>
          <Text size="sm" c="dimmed">
            {p.shiftTypeName}, until {clockLabel(p.endLocal, todayLocal, weekday)}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

/**
 * Home panel: who covers the office, the phone and manager on call now, whether a female and a
 * male worker can be reached, gaps now and in the next day, and the next handover. It asks the
 * server again when its answer runs out (`validUntil`), so it changes at the handover without a
 * reload, and whenever the rota changes elsewhere in the app.
 */
export function OnNowPanel() {
  const [data, setData] = useState<OnNow | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The server's clock minus the PC's: the countdown runs on the server's time.
  const offset = useRef(0);
  const [now, setNow] = useState(() => Date.now());
  const [tick, setTick] = useState(0);
  const { reloadKey } = useTopicReload('rota');

  const load = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void call('rota.onNow', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        offset.current = Date.parse(r.value.at) - Date.now();
        setData(r.value);
        setNow(Date.parse(r.value.at));
        setError(null);
        timer = setTimeout(load, refreshDelay(r.value));
      } else {
        setError(errorMessage(r.error));
        timer = setTimeout(load, 60_000);
      }
    });
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [tick, reloadKey, load]);

  // The countdown to the handover, once a minute.
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now() + offset.current), 30_000);
    return () => clearInterval(id);
  }, []);

  if (error && !data) return <Text c="var(--mantine-color-red-text)">{error}</Text>;
  if (!data) return <Loader size="sm" aria-label="Loading who is on now" />;

  const today = data.atLocal;
  const rows: { label: string; people: OnNowPerson[]; empty: string; urgent?: boolean }[] = [
    { label: 'Office', people: data.office, empty: 'Nobody in the office' },
    { label: 'Phone', people: data.phone, empty: 'Nobody on the phone', urgent: true },
    { label: 'Manager on call', people: data.managerOnCall, empty: 'No manager on call', urgent: true },
    { label: 'Female worker reachable', people: data.femaleReachable, empty: 'No female worker reachable', urgent: true },
    { label: 'Male worker reachable', people: data.maleReachable, empty: 'No male worker reachable' },
  ];
  const next = data.nextHandover;

  return (
    <Stack gap="sm" data-on-now-at={data.at}>
      {data.gapsNow.length > 0 && (
        <Alert color="red" variant="light" title="Gap in cover now">
          <Stack gap={2}>
            {data.gapsNow.map((g) => (
              <Text key={`${g.requirementId}-${g.start}`}>
                {g.reason[0]!.toLocaleUpperCase() + g.reason.slice(1)}, until {clockLabel(g.endLocal, today, weekday)}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <dl className="wm-on-now">
        {rows.map((r) => (
          <div key={r.label} className="wm-on-now-row">
            <dt>{r.label}</dt>
            <dd>
              <People people={r.people} todayLocal={today} emptyText={r.empty} urgent={r.urgent} />
            </dd>
          </div>
        ))}
      </dl>
      <div className="wm-on-now-next" aria-label="Next handover" role="group">
        {next ? (
          <Stack gap={2}>
            <Text fw={700}>
              Next handover {clockLabel(next.atLocal, today, weekday)} ({untilLabel(Date.parse(next.at) - now)})
            </Text>
            {next.coming.length > 0 && (
              <Group gap={6} wrap="wrap">
                <Text span>Coming on:</Text>
                {next.coming.map((p, i) => (
                  <Text span key={`c${p.staffId}-${p.shiftTypeId}`}>
                    <PersonName name={p.name} fw={600} /> ({p.shiftTypeName}){i < next.coming.length - 1 ? ',' : ''}
                  </Text>
                ))}
              </Group>
            )}
            {next.going.length > 0 && (
              <Group gap={6} wrap="wrap">
                <Text span>Going off:</Text>
                {next.going.map((p, i) => (
                  <Text span key={`g${p.staffId}-${p.shiftTypeId}`}>
                    <PersonName name={p.name} fw={600} /> ({p.shiftTypeName}){i < next.going.length - 1 ? ',' : ''}
                  </Text>
                ))}
              </Group>
            )}
          </Stack>
        ) : (
          <Text c="dimmed">No handover in the next two days.</Text>
        )}
      </div>
      {data.gapsSoon.length > 0 && (
        <Stack gap={2}>
          <Text fw={600}>Gaps in the next 24 hours</Text>
          {data.gapsSoon.map((g) => (
            <Text key={`s${g.requirementId}-${g.start}`} c="var(--mantine-color-red-text)">
              {clockLabel(g.startLocal, today, weekday)}–{clockLabel(g.endLocal, today, weekday)}: {g.reason}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
