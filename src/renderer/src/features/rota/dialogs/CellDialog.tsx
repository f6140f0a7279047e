import { Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { Gap } from '../../../../../shared/rota/schemas/resolved.schema';
import type { Leave, StaffMember } from '../../../../../shared/rota/schemas/staff.schema';
import type { Requirement } from '../../../../../shared/rota/schemas/shift-type.schema';
import { dateOf } from '../../../../../shared/rota/zone';
import { call } from '../../../api/client';
import { useDiscreet } from '../../../components/discreet';
import { initialsOf } from '../../../components/initials';
import { notify } from '../../../components/notify';
import { PersonName } from '../../../components/PersonName';
import { conflictText } from '../calendar/conflict-text';
import type { CellShift, GridCell, GridRow } from '../calendar/grid-model';
import { LEAVE_TYPE_LABELS, SOURCE_LABELS } from '../labels';
import { fullSpanLabel, longDay } from '../rota-dates';
import { useAction } from '../use-channel';
import type { CoverDraft } from './CoverDialog';
import { DialogFrame } from './DialogFrame';
import type { LeaveDraft } from './LeaveDialog';
import type { SwapDraft } from './SwapDialog';

/** What the day's options act with. */
export interface CellActions {
  manager: boolean;
  me: StaffMember | null;
  requirements: Requirement[];
  /** The server's "now" (ms), to offer removing only cover that has not started. */
  now(): number;
  cover(draft: CoverDraft): void;
  leave(draft: LeaveDraft): void;
  swap(draft: SwapDraft): void;
  changed(): void;
}

/** A draft to fill a gap: its time, and the requirement's shift type when it names one. */
export function gapCoverDraft(g: Gap, requirements: Requirement[], staffId: number | null = null): CoverDraft {
  return {
    layer: 'override',
    shiftTypeId: requirements.find((r) => r.id === g.requirementId)?.shiftTypeId ?? null,
    staffId,
    replacesStaffId: null,
    start: g.startLocal,
    end: g.endLocal,
    note: '',
    context: `Filling the gap: ${g.reason}, ${fullSpanLabel(g.startLocal, g.endLocal)}.`,
    title: 'Fill a gap',
  };
}

/** A draft to give someone's shift to someone else (an override replacing them). */
export function giveShiftDraft(s: CellShift, toStaffId: number | null): CoverDraft {
  const a = s.assignment;
  return {
    layer: 'override',
    shiftTypeId: a.shiftTypeId,
    staffId: toStaffId,
    replacesStaffId: a.staffId,
    start: a.startLocal,
    end: a.endLocal,
    note: '',
    context: `${s.typeName}, ${fullSpanLabel(a.startLocal, a.endLocal)}, instead of ${s.personName}.`,
    title: 'Give a shift to someone else',
  };
}

/**
 * One day of one row: what is on it, and what can be done — give a shift to someone else, ask
 * for a swap, remove cover that has not started, fill a gap, add a shift, book or cancel leave.
 * Only the actions the person may take are offered (the router checks again).
 */
export function CellDialog({ target: current, actions, onClose }: { target: { row: GridRow; cell: GridCell } | null; actions: CellActions; onClose(): void }) {
  const discreet = useDiscreet();
  // The last day shown stays rendered while the dialog closes, so the focus goes back to the
  // grid cell it came from.
  const last = useRef(current);
  if (current) last.current = current;
  const target = current ?? last.current;
  const [confirm, setConfirm] = useState<{ text: string; label: string; run: () => Promise<boolean> } | null>(null);
  const action = useAction();
  const { reset } = action;
  useEffect(() => {
    setConfirm(null);
    reset();
  }, [current, reset]);
  // Mounted closed from the start, so the modal sees itself open and can return the focus.
  if (!target) return <DialogFrame title="" opened={false} onClose={onClose} />;

  const { row, cell } = target;
  const day = dateOf(cell.day);
  const rowName = row.isPerson && discreet ? initialsOf(row.label) : row.label;
  const isMe = row.kind === 'person' && actions.me?.id === row.id;
  const mayActFor = (staffId: number) => actions.manager || actions.me?.id === staffId;
  const then = (fn: () => void) => () => {
    onClose();
    fn();
  };

  const removeCover = (s: CellShift) =>
    setConfirm({
      text: `Remove this ${SOURCE_LABELS[s.assignment.source.kind].toLowerCase()}: ${s.personName}, ${s.typeName}, ${fullSpanLabel(s.assignment.startLocal, s.assignment.endLocal)}? The rota goes back to what it was without it.`,
      label: 'Remove',
      run: async () => {
        const id = s.assignment.source.id;
        const r = await action.run(() => (s.assignment.source.kind === 'override' ? call('rota.overrides.remove', { id }) : call('rota.oneOffs.remove', { id })));
        return r !== null;
      },
    });

  const cancelLeave = (l: Leave) =>
    setConfirm({
      text: `Cancel this leave: ${LEAVE_TYPE_LABELS[l.type]}, ${fullSpanLabel(l.start, l.end)}?`,
      label: 'Cancel leave',
      run: async () => (await action.run(() => call('rota.leave.remove', { id: l.id }))) !== null,
    });

  if (confirm) {
    return (
      <DialogFrame
        title="Are you sure?"
        opened={current !== null}
        onClose={() => setConfirm(null)}
        cancelLabel="Go back"
        confirmLabel={confirm.label}
        danger
        busy={action.busy}
        error={action.error}
        onConfirm={() =>
          void confirm.run().then((done) => {
            if (!done) return;
            notify({ title: 'Done', message: 'The rota is updated.', color: 'green' });
            actions.changed();
            onClose();
          })
        }
      >
        <Text>{confirm.text}</Text>
      </DialogFrame>
    );
  }

  const shiftTypeId = row.kind === 'shiftType' ? row.id : null;
  return (
    <DialogFrame title={`${rowName}, ${longDay(cell.day)}`} opened={current !== null} onClose={onClose} cancelLabel="Close" size="lg">
      <Stack gap="md">
        {cell.gaps.map((g) => (
          <Stack key={`g${g.requirementId}-${g.start}`} gap={4} className="wm-cell-item" data-kind="gap">
            <Text fw={700}>Gap: {g.reason}</Text>
            <Text>
              {fullSpanLabel(g.startLocal, g.endLocal)} ({g.have} of {g.need})
            </Text>
            {actions.manager && (
              <Group>
                <Button onClick={then(() => actions.cover(gapCoverDraft(g, actions.requirements)))}>Fill this gap</Button>
              </Group>
            )}
          </Stack>
        ))}
        {cell.leave.map((l) => (
          <Stack key={`l${l.id}`} gap={4} className="wm-cell-item" data-kind="leave">
            <Text fw={700}>{LEAVE_TYPE_LABELS[l.type]}</Text>
            <Text>{fullSpanLabel(l.start, l.end)}</Text>
            {mayActFor(l.staffId) && (
              <Group>
                <Button variant="default" onClick={() => cancelLeave(l)}>
                  Cancel leave
                </Button>
              </Group>
            )}
          </Stack>
        ))}
        {cell.shifts.map((s) => {
          const a = s.assignment;
          const removable = actions.manager && (a.source.kind === 'override' || a.source.kind === 'one_off') && Date.parse(a.start) > actions.now();
          return (
            <Stack key={a.key} gap={4} className="wm-cell-item" data-kind="shift">
              <Title order={3} size="h5">
                {row.kind === 'person' ? s.typeName : <PersonName name={s.personName} />}
                {row.kind === 'person' ? '' : `, ${s.typeName}`}
              </Title>
              <Text>
                {fullSpanLabel(a.startLocal, a.endLocal)} · {a.hours} h · {SOURCE_LABELS[a.source.kind]}
              </Text>
              {a.onLeave && <Text fw={600}>On leave for some of this shift: they do not count as cover then.</Text>}
              {s.conflicts.map((c, i) => (
                <Text key={i} fw={600} c="var(--mantine-color-red-text)">
                  ⚠ {conflictText(c, s.personName, discreet)}
                </Text>
              ))}
              <Group gap="xs">
                {actions.manager && <Button onClick={then(() => actions.cover(giveShiftDraft(s, null)))}>Give to someone else</Button>}
                {mayActFor(a.staffId) && (
                  <Button variant="default" onClick={then(() => actions.swap({ assignment: a, typeName: s.typeName, personName: s.personName }))}>
                    Ask for a swap
                  </Button>
                )}
                {removable && (
                  <Button variant="default" onClick={() => removeCover(s)}>
                    Remove {SOURCE_LABELS[a.source.kind].toLowerCase()}
                  </Button>
                )}
              </Group>
            </Stack>
          );
        })}
        {cell.gaps.length + cell.leave.length + cell.shifts.length === 0 && <Text c="dimmed">Nothing on this day.</Text>}
        {(actions.manager || isMe) && row.kind !== 'gaps' && (
          <>
            <Divider />
            <Group gap="xs">
              {actions.manager && (
                <Button
                  variant="light"
                  onClick={then(() =>
                    actions.cover({
                      layer: 'one_off',
                      shiftTypeId,
                      staffId: row.kind === 'person' ? row.id : null,
                      replacesStaffId: null,
                      start: day,
                      end: '',
                      note: '',
                      title: 'Add a shift',
                    }),
                  )}
                >
                  Add a shift
                </Button>
              )}
              {row.kind === 'person' && row.id !== null && mayActFor(row.id) && (
                <Button variant="light" onClick={then(() => actions.leave({ staffId: row.id, from: day }))}>
                  Book leave
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </DialogFrame>
  );
}
