import { Button, Loader, Tabs } from '@mantine/core';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { SERVICE_ZONE } from '../../../../shared/time/london';
import { call } from '../../api/client';
import { ScreenHeader } from '../../components/ScreenHeader';
import { CallDialog } from '../oncall/CallDialog';
import { HandoverDialog } from '../oncall/HandoverDialog';
import { HandoversView } from '../oncall/HandoversView';
import { PhoneLogView } from '../oncall/PhoneLogView';
import { RotaCalendar } from './calendar/RotaCalendar';
import './home/register-rota-panels';
import { LeaveView } from './leave/LeaveView';
import { RotationsView } from './rotations/RotationsView';
import './rota.css';
import { rotaChanged } from './rota-events';
import { SetupView } from './setup/SetupView';
import { SwapsView } from './swaps/SwapsView';

/**
 * Today's London date and "now" as the server's clock has them (the PC's clock may be wrong, and
 * tests set the server's). Falls back to the PC's clock in London if the server cannot say.
 */
function useServerToday(): { today: string | null; now(): number } {
  const [today, setToday] = useState<string | null>(null);
  const offset = useRef(0);
  useEffect(() => {
    let live = true;
    void call('rota.onNow', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        offset.current = Date.parse(r.value.at) - Date.now();
        setToday(r.value.atLocal.slice(0, 10));
      } else setToday(dayjs().tz(SERVICE_ZONE).format('YYYY-MM-DD'));
    });
    return () => {
      live = false;
    };
  }, []);
  return { today, now: () => Date.now() + offset.current };
}

/**
 * Rota and on call: the rota (week and month), the out-of-hours phone log, handovers, rotations,
 * leave and swaps. Logging a call and writing a handover are one click from the header.
 */
export function RotaScreen() {
  const [tab, setTab] = useState<string | null>('rota');
  const [logging, setLogging] = useState(false);
  const [writing, setWriting] = useState(false);
  const { today, now } = useServerToday();
  return (
    <>
      <ScreenHeader
        title="Rota and on call"
        description="Who is on, where the gaps are, the out-of-hours phone log and shift handovers."
        actions={
          <>
            <Button onClick={() => setLogging(true)}>Log a call</Button>
            <Button variant="light" onClick={() => setWriting(true)}>
              Write a handover
            </Button>
          </>
        }
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="rota">Rota</Tabs.Tab>
          <Tabs.Tab value="calls">Phone log</Tabs.Tab>
          <Tabs.Tab value="handovers">Handovers</Tabs.Tab>
          <Tabs.Tab value="rotations">Rotations</Tabs.Tab>
          <Tabs.Tab value="leave">Leave</Tabs.Tab>
          <Tabs.Tab value="swaps">Swaps</Tabs.Tab>
          <Tabs.Tab value="setup">Staff and shifts</Tabs.Tab>
        </Tabs.List>
        {today === null ? (
          <Loader size="sm" aria-label="Loading" />
        ) : (
          <>
            <Tabs.Panel value="rota">
              <RotaCalendar today={today} now={now} />
            </Tabs.Panel>
            <Tabs.Panel value="calls">
              <PhoneLogView />
            </Tabs.Panel>
            <Tabs.Panel value="handovers">
              <HandoversView />
            </Tabs.Panel>
            <Tabs.Panel value="rotations">
              <RotationsView today={today} />
            </Tabs.Panel>
            <Tabs.Panel value="leave">
              <LeaveView today={today} />
            </Tabs.Panel>
            <Tabs.Panel value="swaps">
              <SwapsView />
            </Tabs.Panel>
            <Tabs.Panel value="setup">
              <SetupView />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
      <CallDialog opened={logging} onClose={() => setLogging(false)} onSaved={() => rotaChanged('calls')} />
      <HandoverDialog opened={writing} onClose={() => setWriting(false)} onSaved={() => rotaChanged('handovers')} />
    </>
  );
}
