import { VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { dayOf } from '../../../../../shared/rota/zone';
import { PersonName } from '../../../components/PersonName';
import type { RotaView } from '../rota-dates';
import { isWeekendDay, shortDay } from '../rota-dates';
import { describeGap, describeShift, GapChip, LeaveChip, ShiftChip, type MoveSource } from './GridChips';
import type { GridCell, GridRow, GroupBy } from './grid-model';
import { useDiscreet } from '../../../components/discreet';

/** Props for RotaGrid. */
export interface RotaGridProps {
  rows: GridRow[];
  days: number[];
  view: RotaView;
  groupBy: GroupBy;
  todayDay: number | null;
  /** Hours in the period per person, for the row headings. */
  hoursByStaff: Map<number, number>;
  /** Whether shifts and gaps can be moved onto a person (managers, per-person rows). */
  canAssign: boolean;
  onOpenCell(row: GridRow, cell: GridCell): void;
  onMove(source: MoveSource, target: GridRow, day: number): void;
  onStep(dir: -1 | 1): void;
}

interface Carrying {
  items: MoveSource[];
  index: number;
  r: number;
  c: number;
}

function itemsOf(cell: GridCell): MoveSource[] {
  return [...cell.shifts.map((shift) => ({ kind: 'shift' as const, shift })), ...cell.gaps.map((gap) => ({ kind: 'gap' as const, gap }))];
}

function hoursLabel(h: number): string {
  return `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
}

/**
 * The rota as a grid of rows (people or shift types) by days, with a row of gaps on top.
 *
 * Keyboard (one Tab stop; the grid pattern): arrows move between days and rows, Home/End to the
 * row's ends, Page Up/Down to the period before or after, Enter opens the day's options.
 * Moving by keyboard: Space picks up the shift or gap in the cell (Space again on the same cell
 * takes the next one), the arrows choose a person, Enter or Space gives it to them, Escape puts it
 * back. The mouse does the same by dragging a shift or gap onto a person's row. Either way a
 * dialog confirms before anything changes.
 */
export function RotaGrid(p: RotaGridProps) {
  const discreet = useDiscreet();
  const helpId = useId();
  const table = useRef<HTMLTableElement>(null);
  const [focus, setFocus] = useState<{ r: number; c: number }>({ r: Math.min(1, p.rows.length - 1), c: 0 });
  const [carrying, setCarrying] = useState<Carrying | null>(null);
  const [announce, setAnnounce] = useState('');
  const [dragOver, setDragOver] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const wantFocus = useRef(false);

  // Keep the roving position inside the grid when the period or rows change; start on today.
  useEffect(() => {
    setFocus((f) => {
      const todayIndex = p.todayDay === null ? -1 : p.days.indexOf(p.todayDay);
      const c = f.c < p.days.length ? f.c : Math.max(0, todayIndex);
      return { r: Math.min(f.r, Math.max(0, p.rows.length - 1)), c };
    });
    setCarrying(null);
  }, [p.days, p.rows.length, p.todayDay]);

  useEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    table.current?.querySelector<HTMLElement>(`[data-cell="${focus.r}:${focus.c}"]`)?.focus();
  }, [focus]);

  const describe = (s: MoveSource) => (s.kind === 'shift' ? describeShift(s.shift, 'person', discreet) : describeGap(s.gap));
  const nameOf = (row: GridRow) => (row.isPerson && discreet ? '' : row.label);

  const moveTo = (r: number, c: number) => {
    const nr = Math.max(0, Math.min(p.rows.length - 1, r));
    const nc = Math.max(0, Math.min(p.days.length - 1, c));
    wantFocus.current = true;
    setFocus({ r: nr, c: nc });
    if (carrying) {
      const row = p.rows[nr]!;
      setAnnounce(row.kind === 'person' ? `Give it to ${nameOf(row) || 'this person'}, ${shortDay(p.days[nc]!)}? Press Enter.` : 'Choose a person’s row.');
    }
  };

  const pickUp = (r: number, c: number) => {
    const cell = p.rows[r]!.cells[c]!;
    if (!p.canAssign) {
      setAnnounce('Moving shifts is for managers, in the view by person. Press Enter for this day’s options.');
      return;
    }
    const items = itemsOf(cell);
    if (items.length === 0) {
      setAnnounce('Nothing to move here. Press Enter for this day’s options.');
      return;
    }
    if (carrying && carrying.r === r && carrying.c === c) {
      const index = (carrying.index + 1) % carrying.items.length;
      setCarrying({ ...carrying, index });
      setAnnounce(`Picked up ${describe(carrying.items[index]!)}.`);
      return;
    }
    setCarrying({ items, index: 0, r, c });
    setAnnounce(
      `Picked up ${describe(items[0]!)}.${items.length > 1 ? ' Space again takes the next one.' : ''} Use the arrow keys to choose a person, then Enter. Escape puts it back.`,
    );
  };

  const drop = (r: number, c: number) => {
    if (!carrying) return;
    const row = p.rows[r]!;
    const source = carrying.items[carrying.index]!;
    if (row.kind !== 'person') {
      setAnnounce('Choose a person’s row to give it to.');
      return;
    }
    if (source.kind === 'shift' && source.shift.assignment.staffId === row.id) {
      setAnnounce('That is already theirs. Choose someone else, or press Escape.');
      return;
    }
    setCarrying(null);
    setAnnounce('');
    p.onMove(source, row, p.days[c]!);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, r: number, c: number) => {
    const row = p.rows[r]!;
    switch (e.key) {
      case 'ArrowRight':
        moveTo(r, c + 1);
        break;
      case 'ArrowLeft':
        moveTo(r, c - 1);
        break;
      case 'ArrowDown':
        moveTo(r + 1, c);
        break;
      case 'ArrowUp':
        moveTo(r - 1, c);
        break;
      case 'Home':
        moveTo(e.ctrlKey ? 0 : r, 0);
        break;
      case 'End':
        moveTo(e.ctrlKey ? p.rows.length - 1 : r, p.days.length - 1);
        break;
      case 'PageUp':
        p.onStep(-1);
        break;
      case 'PageDown':
        p.onStep(1);
        break;
      case 'Enter':
        if (carrying) drop(r, c);
        else p.onOpenCell(row, row.cells[c]!);
        break;
      case ' ':
        if (carrying && !(carrying.r === r && carrying.c === c)) drop(r, c);
        else pickUp(r, c);
        break;
      case 'Escape':
        if (!carrying) return;
        setCarrying(null);
        setAnnounce('Put back. Nothing was changed.');
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  // Dragging with the mouse (or a finger, or a pen): pointer events rather than HTML drag and
  // drop, so the drop target is found the same way on every input and a plain click still opens
  // the day. A press becomes a drag once it has moved a few pixels.
  const drag = useRef<{ source: MoveSource; x: number; y: number; moving: boolean } | null>(null);
  const suppressClick = useRef(false);
  const cellAt = (x: number, y: number) => (document.elementFromPoint(x, y)?.closest('[data-cell]') as HTMLElement | null) ?? null;

  useEffect(() => {
    const move = (e: PointerEvent) => {
      const d = drag.current;
      if (!d) return;
      if (!d.moving && Math.hypot(e.clientX - d.x, e.clientY - d.y) < 6) return;
      d.moving = true;
      setDragging(true);
      const target = cellAt(e.clientX, e.clientY);
      const key = target?.dataset.cell ?? null;
      const row = key ? p.rows[Number(key.split(':')[0])] : undefined;
      setDragOver(row?.kind === 'person' ? key : null);
    };
    const up = (e: PointerEvent) => {
      const d = drag.current;
      drag.current = null;
      if (!d?.moving) return;
      setDragging(false);
      setDragOver(null);
      suppressClick.current = true;
      setTimeout(() => (suppressClick.current = false), 0);
      const key = cellAt(e.clientX, e.clientY)?.dataset.cell;
      if (!key) return;
      const [r, c] = key.split(':').map(Number) as [number, number];
      const row = p.rows[r];
      if (!row || row.kind !== 'person') return;
      if (d.source.kind === 'shift' && d.source.shift.assignment.staffId === row.id) return;
      p.onMove(d.source, row, p.days[c]!);
    };
    const cancel = () => {
      drag.current = null;
      setDragging(false);
      setDragOver(null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
    };
  }, [p]);

  const dragProps = (source: MoveSource) =>
    p.canAssign
      ? {
          draggable: true,
          onPointerDown: (e: ReactPointerEvent<HTMLElement>) => {
            if (e.button !== 0) return;
            drag.current = { source, x: e.clientX, y: e.clientY, moving: false };
          },
        }
      : undefined;

  const compact = p.view === 'month';
  const carried = carrying?.items[carrying.index];

  return (
    <div className="wm-rota" data-view={p.view} data-dragging={dragging || undefined}>
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {announce}
      </VisuallyHidden>
      <div className="wm-rota-scroll">
        <table ref={table} role="grid" aria-label={p.groupBy === 'person' ? 'Rota by person' : 'Rota by shift type'} aria-describedby={helpId} className="wm-rota-grid">
          <thead>
            <tr>
              <th scope="col" className="wm-rota-corner">
                {p.groupBy === 'person' ? 'Person' : 'Shift type'}
              </th>
              {p.days.map((d) => {
                const [wd, dn, mon] = shortDay(d).split(' ');
                return (
                  <th key={d} scope="col" data-today={d === p.todayDay || undefined} data-weekend={isWeekendDay(d) || undefined} className="wm-rota-day">
                    {compact ? (
                      <>
                        <span aria-hidden="true">
                          <span className="wm-rota-wd">{wd!.slice(0, 2)}</span>
                          <span className="wm-rota-dn">{dn}</span>
                        </span>
                        <VisuallyHidden>
                          {wd} {dn} {mon}
                          {d === p.todayDay ? ' (today)' : ''}
                        </VisuallyHidden>
                      </>
                    ) : (
                      <>
                        {wd} {dn} {mon}
                        {d === p.todayDay && <span className="wm-rota-today"> today</span>}
                      </>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((row, r) => (
              <tr key={row.key} data-kind={row.kind}>
                <th scope="row" className="wm-rota-rowhead">
                  {row.isPerson ? <PersonName name={row.label} fw={600} /> : <span className="wm-rota-rowname">{row.label}</span>}
                  {row.inactive && <span className="wm-rota-sub"> (no longer on the rota)</span>}
                  {row.kind === 'person' && row.id !== null && <span className="wm-rota-sub">{hoursLabel(p.hoursByStaff.get(row.id) ?? 0)}</span>}
                  {row.kind === 'gaps' && <span className="wm-rota-sub">{row.cells.reduce((n, c) => n + c.gaps.length, 0) || 'none'}</span>}
                </th>
                {row.cells.map((cell, c) => {
                  const focused = focus.r === r && focus.c === c;
                  const key = `${r}:${c}`;
                  const isOrigin = carrying?.r === r && carrying.c === c;
                  return (
                    <td
                      key={cell.day}
                      role="gridcell"
                      data-cell={key}
                      tabIndex={focused ? 0 : -1}
                      className="wm-rota-cell"
                      data-today={cell.day === p.todayDay || undefined}
                      data-weekend={isWeekendDay(cell.day) || undefined}
                      data-has-gap={cell.gaps.length > 0 || undefined}
                      data-drop-target={(carrying && focused && !isOrigin) || dragOver === key || undefined}
                      onFocus={() => (focus.r !== r || focus.c !== c) && setFocus({ r, c })}
                      onKeyDown={(e) => onKeyDown(e, r, c)}
                      onClick={() => {
                        if (suppressClick.current) return;
                        setFocus({ r, c });
                        if (carrying && !isOrigin) drop(r, c);
                        else if (!carrying) p.onOpenCell(row, cell);
                      }}
                    >
                      <div className="wm-rota-cell-inner">
                        {cell.gaps.map((g) => {
                          const src: MoveSource = { kind: 'gap', gap: g };
                          return <GapChip key={`g${g.requirementId}-${g.start}`} gap={g} compact={compact} drag={dragProps(src)} carried={carried?.kind === 'gap' && carried.gap === g} />;
                        })}
                        {cell.leave.map((l) => (
                          <LeaveChip key={`l${l.id}`} leave={l} compact={compact} />
                        ))}
                        {/* The month's small cells leave out the end of a shift begun before the month (the week shows it). */}
                        {cell.shifts.filter((s) => !compact || dayOf(s.assignment.startLocal.slice(0, 10)) === cell.day).map((s) => (
                          <ShiftChip
                            key={s.assignment.key}
                            shift={s}
                            groupBy={p.groupBy}
                            compact={compact}
                            day={cell.day}
                            drag={dragProps({ kind: 'shift', shift: s })}
                            carried={carried?.kind === 'shift' && carried.shift === s}
                          />
                        ))}
                        {cell.gaps.length + cell.leave.length + cell.shifts.length === 0 && <VisuallyHidden>Nothing</VisuallyHidden>}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id={helpId} className="wm-rota-help">
        Arrow keys move between days; Enter opens a day’s options; Page Up and Page Down change the {p.view}.
        {p.canAssign ? ' To give a shift or a gap to someone: Space picks it up, the arrows choose the person, Enter gives it (or drag it with the mouse).' : ''}
      </p>
    </div>
  );
}
