import { VisuallyHidden } from '@mantine/core';
import type { PointerEvent } from 'react';
import type { Gap } from '../../../../../shared/rota/schemas/resolved.schema';
import type { Leave } from '../../../../../shared/rota/schemas/staff.schema';
import { PersonName } from '../../../components/PersonName';
import { useDiscreet } from '../../../components/discreet';
import { initialsOf } from '../../../components/initials';
import { LEAVE_TYPE_LABELS, SOURCE_LABELS, shortCode } from '../labels';
import { dayOf } from '../../../../../shared/rota/zone';
import { fullSpanLabel, spanLabel } from '../rota-dates';
import { conflictText } from './conflict-text';
import type { CellShift, GroupBy } from './grid-model';

/** What a chip is for the keyboard and drag: the thing being moved. */
export type MoveSource = { kind: 'shift'; shift: CellShift } | { kind: 'gap'; gap: Gap };

/** Words for a shift, as a screen reader or a tooltip reads it. */
export function describeShift(s: CellShift, groupBy: GroupBy, discreet: boolean): string {
  const a = s.assignment;
  const who = discreet ? initialsOf(s.personName) : s.personName;
  const parts = [groupBy === 'person' ? s.typeName : who, fullSpanLabel(a.startLocal, a.endLocal)];
  if (a.source.kind !== 'rotation') parts.push(SOURCE_LABELS[a.source.kind].toLowerCase());
  if (a.onLeave) parts.push('on leave for some of it');
  if (s.conflicts.length > 0) parts.push(`conflict: ${s.conflicts.map((c) => conflictText(c, s.personName, discreet)).join('; ')}`);
  return parts.join(', ');
}

/** Words for a gap. */
export function describeGap(g: Gap): string {
  return `Gap: ${g.reason}, ${fullSpanLabel(g.startLocal, g.endLocal)}`;
}

/** Words for leave. */
export function describeLeave(l: Leave): string {
  return `${LEAVE_TYPE_LABELS[l.type]}, ${fullSpanLabel(l.start, l.end)}`;
}

interface DragProps {
  draggable: boolean;
  onPointerDown(e: PointerEvent<HTMLElement>): void;
}

/** A shift in a cell: full in the week view, a short code in the month view. */
export function ShiftChip({ shift, groupBy, compact, day, drag, carried }: { shift: CellShift; groupBy: GroupBy; compact: boolean; day: number; drag?: DragProps; carried?: boolean }) {
  const discreet = useDiscreet();
  const a = shift.assignment;
  const conflict = shift.conflicts.length > 0;
  const words = describeShift(shift, groupBy, discreet);
  const common = {
    'data-chip': 'shift',
    'data-source': a.source.kind,
    'data-conflict': conflict || undefined,
    'data-leave': a.onLeave || undefined,
    'data-night': a.night || undefined,
    'data-carried': carried || undefined,
    // Marks the chip as one that can be dragged (styles and tests); the pointer does the work.
    'data-draggable': drag?.draggable || undefined,
    onPointerDown: drag?.onPointerDown,
  };
  if (compact) {
    const code = groupBy === 'person' ? shortCode(shift.typeName) : initialsOf(shift.personName).replace(/\./g, '');
    return (
      <span className="wm-mini" {...common} title={words}>
        <span aria-hidden="true">
          {code}
          {conflict || a.onLeave ? '!' : ''}
        </span>
        <VisuallyHidden>{words}</VisuallyHidden>
      </span>
    );
  }
  return (
    <div className="wm-chip" {...common}>
      <span className="wm-chip-title">{groupBy === 'person' ? shift.typeName : <PersonName name={shift.personName} />}</span>
      <span className="wm-chip-time">{dayOf(a.startLocal.slice(0, 10)) === day ? spanLabel(a.startLocal, a.endLocal) : `from ${fullSpanLabel(a.startLocal, a.endLocal)}`}</span>
      {a.source.kind !== 'rotation' && <span className="wm-chip-note">{SOURCE_LABELS[a.source.kind]}</span>}
      {a.onLeave && <span className="wm-chip-flag">On leave</span>}
      {conflict && (
        <span className="wm-chip-flag" title={shift.conflicts.map((c) => conflictText(c, shift.personName, discreet)).join('\n')}>
          ⚠ Conflict
          <VisuallyHidden>: {shift.conflicts.map((c) => conflictText(c, shift.personName, discreet)).join('; ')}</VisuallyHidden>
        </span>
      )}
    </div>
  );
}

/** A gap in the gaps row. */
export function GapChip({ gap, compact, drag, carried }: { gap: Gap; compact: boolean; drag?: DragProps; carried?: boolean }) {
  const words = describeGap(gap);
  const common = { 'data-chip': 'gap', 'data-carried': carried || undefined, 'data-draggable': drag?.draggable || undefined, onPointerDown: drag?.onPointerDown };
  if (compact) {
    return (
      <span className="wm-mini wm-mini-gap" {...common} title={words}>
        <span aria-hidden="true">Gap</span>
        <VisuallyHidden>{words}</VisuallyHidden>
      </span>
    );
  }
  return (
    <div className="wm-chip wm-chip-gap" {...common}>
      <span className="wm-chip-title">Gap</span>
      <span>{gap.reason}</span>
      <span className="wm-chip-time">{spanLabel(gap.startLocal, gap.endLocal)}</span>
    </div>
  );
}

/** Leave on a person's day. */
export function LeaveChip({ leave, compact }: { leave: Leave; compact: boolean }) {
  const words = describeLeave(leave);
  if (compact) {
    return (
      <span className="wm-mini wm-mini-leave" data-chip="leave" title={words}>
        <span aria-hidden="true">Off</span>
        <VisuallyHidden>{words}</VisuallyHidden>
      </span>
    );
  }
  return (
    <div className="wm-chip wm-chip-leave" data-chip="leave">
      <span className="wm-chip-title">{LEAVE_TYPE_LABELS[leave.type]}</span>
      <span className="wm-chip-time">{fullSpanLabel(leave.start, leave.end)}</span>
    </div>
  );
}
