import { Alert, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dayOf } from '../../../../../shared/rota/zone';
import { useSession } from '../../../app/session';
import { PersonName } from '../../../components/PersonName';
import { useDiscreet } from '../../../components/discreet';
import { discreetText } from './conflict-text';
import { CellDialog, gapCoverDraft, giveShiftDraft, type CellActions } from '../dialogs/CellDialog';
import { CoverDialog, type CoverDraft } from '../dialogs/CoverDialog';
import { LeaveDialog, type LeaveDraft } from '../dialogs/LeaveDialog';
import { SwapDialog, type SwapDraft } from '../dialogs/SwapDialog';
import { WTR_RULE_LABELS, shortCode } from '../labels';
import { periodFor, stepPeriod, type RotaView } from '../rota-dates';
import { managesRota } from '../rota-roles';
import { useChannel } from '../use-channel';
import { useTopicReload } from '../use-reload';
import { buildGrid, type GridCell, type GridRow, type GroupBy } from './grid-model';
import type { MoveSource } from './GridChips';
import { HoursPanel } from './HoursPanel';
import { ProblemsPanel } from './ProblemsPanel';
import { RotaGrid } from './RotaGrid';
import { RotaToolbar } from './RotaToolbar';
import { WarningsPanel } from './WarningsPanel';

const warningKey = (w: { keys: string[] }) => w.keys.join(',');

/**
 * The rota for a week or a month, by person or by shift type: gaps and conflicts highlighted,
 * hours per person and the fairness figures, working-time warnings for managers, and every change
 * (cover, leave, swaps) from the day's options or by moving a shift or gap onto a person. The
 * period is resolved again after every change (it takes milliseconds).
 */
export function RotaCalendar({ today, now }: { today: string; now(): number }) {
  const { session } = useSession();
  const discreet = useDiscreet();
  const manager = managesRota(session.role);
  const [view, setView] = useState<RotaView>('week');
  const [groupBy, setGroupBy] = useState<GroupBy>('person');
  const [anchor, setAnchor] = useState(today);
  const period = useMemo(() => periodFor(view, anchor), [view, anchor]);
  const { reloadKey, changed } = useTopicReload('rota');
  const range = { from: period.from, to: period.to };
  const resolved = useChannel('rota.resolve', range, reloadKey);
  const leave = useChannel('rota.leave.list', range, reloadKey);
  const staff = useChannel('rota.staff.list', { includeInactive: true }, reloadKey);
  const types = useChannel('rota.shiftTypes.list', {}, reloadKey);
  const reqs = useChannel('rota.requirements.list', {}, reloadKey);

  const [cell, setCell] = useState<{ row: GridRow; cell: GridCell } | null>(null);
  const [cover, setCover] = useState<CoverDraft | null>(null);
  const [leaveDraft, setLeaveDraft] = useState<LeaveDraft | null>(null);
  const [swap, setSwap] = useState<SwapDraft | null>(null);

  const rota = resolved.value && resolved.value.from === period.from && resolved.value.to === period.to ? resolved.value : null;
  const leaveList = leave.value ?? [];
  const staffList = useMemo(() => staff.value ?? [], [staff.value]);
  const me = staffList.find((s) => s.userId === session.userId) ?? null;
  const rows = useMemo(() => (rota ? buildGrid(rota, leaveList, period.days, groupBy) : []), [rota, leaveList, period.days, groupBy]);
  const hoursByStaff = useMemo(() => new Map((rota?.people ?? []).map((p) => [p.staffId, p.hours])), [rota]);
  const names = useMemo(() => new Map((rota?.staff ?? []).map((s) => [s.id, s.name])), [rota]);

  // After a change, say so when it has caused a new working-time warning for the person.
  const previous = useRef<Set<string> | null>(null);
  const watch = useRef<number | null>(null);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (!rota) return;
    const keys = new Set(rota.warnings.map(warningKey));
    if (watch.current !== null && previous.current) {
      const before = previous.current;
      const added = rota.warnings.filter((w) => !w.overridden && w.staffId === watch.current && !before.has(warningKey(w)));
      setFresh(new Set(added.map(warningKey)));
      watch.current = null;
    }
    previous.current = keys;
  }, [rota]);

  const savedFor = useCallback(
    (staffId: number | null) => {
      watch.current = staffId;
      changed();
    },
    [changed],
  );

  const actions: CellActions = {
    manager,
    me,
    requirements: reqs.value ?? [],
    now,
    cover: setCover,
    leave: setLeaveDraft,
    swap: setSwap,
    changed,
  };

  const onMove = (source: MoveSource, target: GridRow, _day: number) => {
    if (target.kind !== 'person' || target.id === null) return;
    setCover(source.kind === 'shift' ? giveShiftDraft(source.shift, target.id) : gapCoverDraft(source.gap, reqs.value ?? [], target.id));
  };

  const step = (dir: -1 | 1) => setAnchor((a) => stepPeriod(view, a, dir));
  const freshWarnings = rota?.warnings.filter((w) => fresh.has(warningKey(w)) && !w.overridden) ?? [];
  const error = resolved.error ?? leave.error ?? staff.error;

  return (
    <Stack gap="md">
      <RotaToolbar
        period={period}
        groupBy={groupBy}
        manager={manager}
        me={me}
        staff={staffList.filter((s) => s.active)}
        onView={setView}
        onGroupBy={setGroupBy}
        onStep={step}
        onToday={() => setAnchor(today)}
      />
      {freshWarnings.length > 0 && (
        <Alert color="orange" variant="light" title="Working-time warning" role="alert">
          <Stack gap={4}>
            {freshWarnings.map((w) => (
              <Text key={warningKey(w)}>
                {WTR_RULE_LABELS[w.rule]}: <PersonName name={names.get(w.staffId) ?? 'Someone'} fw={600} /> — {discreetText(w.message, names.get(w.staffId), discreet)}
              </Text>
            ))}
            <Text size="sm">The change is saved. To go ahead, give your reason under “Working-time warnings” below; otherwise change the cover.</Text>
          </Stack>
        </Alert>
      )}
      {error && <Text c="var(--mantine-color-red-text)">{error}</Text>}
      {!rota && !error && (
        <Group gap="xs">
          <Loader size="sm" aria-label="Loading the rota" />
          <Text c="dimmed">Loading the rota…</Text>
        </Group>
      )}
      {rota && (
        <>
          <RotaGrid
            rows={rows}
            days={period.days}
            view={view}
            groupBy={groupBy}
            todayDay={dayOf(today)}
            hoursByStaff={hoursByStaff}
            canAssign={manager && groupBy === 'person'}
            onOpenCell={(row, c) => setCell({ row, cell: c })}
            onMove={onMove}
            onStep={step}
          />
          <Legend view={view} shiftTypes={rota.shiftTypes} />
          <Stack gap="md">
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="rota-problems">
              <Title order={2} size="h4" id="rota-problems" mb="sm">
                Gaps and conflicts ({rota.gaps.length + rota.conflicts.length})
              </Title>
              <ProblemsPanel gaps={rota.gaps} conflicts={rota.conflicts} names={names} canFill={manager} onFill={(g) => setCover(gapCoverDraft(g, reqs.value ?? []))} />
            </Paper>
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="rota-hours">
              <Title order={2} size="h4" id="rota-hours" mb="sm">
                Hours and fairness
              </Title>
              <HoursPanel rota={rota} />
            </Paper>
          </Stack>
          {manager && (
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="rota-warnings">
              <Title order={2} size="h4" id="rota-warnings" mb="sm">
                Working-time warnings ({rota.warnings.filter((w) => !w.overridden).length} open)
              </Title>
              <WarningsPanel warnings={rota.warnings} names={names} highlight={fresh} onChanged={changed} />
            </Paper>
          )}
        </>
      )}
      <CellDialog target={cell} actions={actions} onClose={() => setCell(null)} />
      <CoverDialog draft={cover} staff={staffList} shiftTypes={types.value ?? []} onClose={() => setCover(null)} onSaved={savedFor} />
      <LeaveDialog draft={leaveDraft} staff={staffList} me={me} manager={manager} onClose={() => setLeaveDraft(null)} onSaved={() => savedFor(null)} />
      <SwapDialog draft={swap} staff={staffList} onClose={() => setSwap(null)} onSaved={changed} />
    </Stack>
  );
}

/** What the marks mean (and, in the month view, the shift types' short codes). */
function Legend({ view, shiftTypes }: { view: RotaView; shiftTypes: { id: number; name: string }[] }) {
  return (
    <Group gap="lg" wrap="wrap" className="wm-rota-legend" aria-label="Key" role="group">
      <Text size="sm">
        <span className="wm-key wm-key-gap" aria-hidden="true" /> Gap in cover
      </Text>
      <Text size="sm">
        <span className="wm-key wm-key-conflict" aria-hidden="true" /> ⚠ Conflict
      </Text>
      <Text size="sm">
        <span className="wm-key wm-key-cover" aria-hidden="true" /> Override, one-off or swap
      </Text>
      <Text size="sm">
        <span className="wm-key wm-key-leave" aria-hidden="true" /> Leave{view === 'month' ? ' (Off)' : ''}
      </Text>
      {view === 'month' &&
        shiftTypes.map((t) => (
          <Text size="sm" key={t.id}>
            <strong>{shortCode(t.name)}</strong> {t.name}
          </Text>
        ))}
    </Group>
  );
}
