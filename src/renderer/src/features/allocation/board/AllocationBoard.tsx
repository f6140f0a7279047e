import { Alert, Center, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo, useState } from 'react';
import type { BoardEntry, RankedUnitOut } from '../../../../../shared/allocation/schemas/board.schema';
import { UnitType, type UnitTypeCode } from '../../../../../shared/allocation/vocab.allocation';
import { roleMayCall } from '../../../../../shared/ipc/permissions';
import { useSession } from '../../../app/session';
import { ArriveDialog, HoldDialog, MoveDialog } from '../dialogs/BookingDialogs';
import type { DialogContext, DialogState } from '../dialogs/dialog-state';
import { CancelHoldDialog, EndOutOfServiceDialog, EndStayDialog, OutOfServiceDialog } from '../dialogs/EndDialogs';
import { NeedsDialog } from '../dialogs/NeedsDialog';
import { TurnAwayDialog } from '../dialogs/TurnAwayDialog';
import { useBoard, useCandidates, useMatch } from '../use-allocation';
import { BoardGrid } from './BoardGrid';
import { HouseholdBar } from './HouseholdBar';
import { UnitPanel } from './UnitPanel';

const WEEKS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: i === 0 ? '1 week' : `${i + 1} weeks` }));

/**
 * The night-time board: "free tonight: N of M", the household being placed, and every unit's
 * timeline marked for them. Opening a unit (click, or Enter on its row) gives every action.
 */
export function AllocationBoard() {
  const { session } = useSession();
  const canWrite = roleMayCall('allocation.hold', session.role);
  const [weeks, setWeeks] = useState(4);
  const [reloadKey, setReloadKey] = useState(0);
  const [householdId, setHouseholdId] = useState<number | null>(null);
  const [openUnitId, setOpenUnitId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const { board, error } = useBoard(weeks, reloadKey);
  const { candidates } = useCandidates(reloadKey);
  const found = useMatch(householdId, reloadKey);

  // A household placed or turned away leaves the list: its marks leave the board with it.
  const candidate = candidates?.find((c) => c.householdId === householdId) ?? null;
  const match = candidate ? found.match : null;
  const matchError = candidate ? found.error : null;
  const verdicts = useMemo(() => (match ? new Map<number, RankedUnitOut>(match.units.map((u) => [u.unitId, u])) : null), [match]);

  const reload = useCallback(() => setReloadKey((k) => k + 1), []);
  const ctx: DialogContext | null = board
    ? {
        today: board.today,
        now: board.now,
        units: board.units,
        close: () => setDialog(null),
        done: (message) => {
          setDialog(null);
          notifications.show({ color: 'green', title: 'Done', message, autoClose: 6000 });
          reload();
        },
      }
    : null;

  // Unit types with no unit free tonight that suits the household: pre-ticked as "full" on a turn-away.
  const turnAway = useMemo(() => {
    if (!board || !match) return { reason: 'capacity' as const, types: [] as UnitTypeCode[] };
    const fitsSomewhere = match.units.some((u) => u.reasons.every((r) => r.availability));
    const types = UnitType.codes.filter((t) => {
      const ofType = board.units.filter((u) => u.type === t);
      return ofType.length > 0 && !ofType.some((u) => verdicts?.get(u.id)?.suitable);
    });
    return { reason: fitsSomewhere ? ('capacity' as const) : ('no_suitable_unit' as const), types };
  }, [board, match, verdicts]);

  const openEntry = (e: BoardEntry) => setOpenUnitId(e.unitId);
  const openUnit = board?.units.find((u) => u.id === openUnitId) ?? null;

  if (error) {
    return (
      <Alert color="red" title="The board could not be loaded" role="alert">
        {error}
      </Alert>
    );
  }
  if (!board || !candidates) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading the board" />
      </Center>
    );
  }
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div role="status" aria-live="polite">
          <Text className="wm-free-tonight">
            Free tonight: {board.freeTonight} of {board.totalUnits}
          </Text>
          <Text c="dimmed" size="sm">
            Units that are open and neither occupied, held nor out of service tonight.
          </Text>
        </div>
        <Select label="Show" data={WEEKS} value={String(weeks)} onChange={(v) => v && setWeeks(Number(v))} allowDeselect={false} w={160} />
      </Group>
      <HouseholdBar
        candidates={candidates}
        selected={candidate}
        match={match}
        units={board.units}
        canWrite={canWrite}
        onSelect={setHouseholdId}
        onOpenUnit={setOpenUnitId}
        onNeeds={() => candidate && setDialog({ kind: 'needs', candidate })}
        onTurnAway={() => candidate && setDialog({ kind: 'turnAway', candidate })}
      />
      {matchError && (
        <Alert color="red" role="alert" title="This household could not be matched">
          {matchError}
        </Alert>
      )}
      {board.units.length === 0 ? (
        <Alert color="blue" title="No units yet">
          Add the service’s units on the Units tab; they appear here with their stays, holds and repairs.
        </Alert>
      ) : (
        <BoardGrid board={board} verdicts={verdicts} householdName={candidate?.displayName ?? null} onOpenUnit={setOpenUnitId} onOpenEntry={openEntry} />
      )}
      <UnitPanel
        unit={openUnit}
        entries={board.entries.filter((e) => e.unitId === openUnitId).sort((a, b) => a.start.localeCompare(b.start))}
        candidate={candidate}
        verdict={openUnit ? (verdicts?.get(openUnit.id) ?? null) : null}
        canWrite={canWrite}
        onAction={(d) => {
          setOpenUnitId(null);
          setDialog(d);
        }}
        onClose={() => setOpenUnitId(null)}
      />
      {ctx && dialog?.kind === 'hold' && <HoldDialog ctx={ctx} unit={dialog.unit} candidate={dialog.candidate} />}
      {ctx && dialog?.kind === 'arrive' && <ArriveDialog ctx={ctx} unit={dialog.unit} householdId={dialog.householdId} referralId={dialog.referralId} name={dialog.name} />}
      {ctx && dialog?.kind === 'move' && <MoveDialog ctx={ctx} stay={dialog.stay} />}
      {ctx && dialog?.kind === 'endStay' && <EndStayDialog ctx={ctx} stay={dialog.stay} />}
      {ctx && dialog?.kind === 'cancelHold' && <CancelHoldDialog ctx={ctx} hold={dialog.hold} />}
      {ctx && dialog?.kind === 'outOfService' && <OutOfServiceDialog ctx={ctx} unit={dialog.unit} />}
      {ctx && dialog?.kind === 'endOutOfService' && <EndOutOfServiceDialog ctx={ctx} period={dialog.period} unit={board.units.find((u) => u.id === dialog.period.unitId)} />}
      {ctx && dialog?.kind === 'needs' && <NeedsDialog ctx={ctx} candidate={dialog.candidate} />}
      {ctx && dialog?.kind === 'turnAway' && <TurnAwayDialog ctx={ctx} candidate={dialog.candidate} suggestedReason={turnAway.reason} typesFull={turnAway.types} />}
    </Stack>
  );
}
