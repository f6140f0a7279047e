import { Text } from '@mantine/core';
import { useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { dayNumber, plusDays, weekday, weekdayDay } from '../../../../../shared/allocation/nights';
import type { Board, BoardEntry, RankedUnitOut } from '../../../../../shared/allocation/schemas/board.schema';
import { UnitRow } from './UnitRow';

/** Props for BoardGrid. */
export interface BoardGridProps {
  board: Board;
  /** The chosen household's verdict per unit, when one is chosen. */
  verdicts: Map<number, RankedUnitOut> | null;
  householdName: string | null;
  onOpenUnit(unitId: number): void;
  onOpenEntry(entry: BoardEntry): void;
}

/**
 * The timeline: one row per unit, nights from the board's first date. Each unit's header is one
 * Tab stop (Up and Down move between units, Enter opens the unit with every action); the bars
 * answer to the mouse and are all listed, with their actions, in the unit's panel.
 */
export function BoardGrid({ board, verdicts, householdName, onOpenUnit, onOpenEntry }: BoardGridProps) {
  const days = dayNumber(board.to) - dayNumber(board.from);
  const container = useRef<HTMLDivElement>(null);
  const byUnit = useMemo(() => {
    const m = new Map<number, BoardEntry[]>();
    for (const e of board.entries) m.set(e.unitId, [...(m.get(e.unitId) ?? []), e]);
    return m;
  }, [board.entries]);
  const labels = useMemo(() => {
    // Top line: tonight, and each Monday with its month; bottom line (up to a month): every
    // night's day number, so a date can be read off any column.
    const out: { date: string; left: number; today: boolean; top: string | null; day: string | null }[] = [];
    for (let i = 0; i < days; i++) {
      const date = plusDays(board.from, i);
      const today = date === board.today;
      const monday = weekday(date) === 1;
      const top = today ? 'Tonight' : monday && (i >= 2 || dayNumber(board.today) < dayNumber(board.from)) ? weekdayDay(date) : null;
      out.push({ date, left: (i / days) * 100, today, top, day: days <= 31 ? String(Number(date.slice(8, 10))) : null });
    }
    return out;
  }, [board.from, board.today, days]);
  const tonightIndex = dayNumber(board.today) - dayNumber(board.from);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const buttons = [...(container.current?.querySelectorAll<HTMLButtonElement>('button[data-unit-button]') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : Math.max(0, Math.min(buttons.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)));
    buttons[next]?.focus();
  };

  const style = { '--wm-days': String(days), '--wm-day-min': days <= 28 ? '2.2rem' : '0.9rem' } as CSSProperties;
  return (
    <div className="wm-board" style={style} ref={container} onKeyDown={onKeyDown} role="region" aria-label="Units timeline" tabIndex={-1}>
      <div className="wm-board-inner">
        <div className="wm-board-row wm-board-dates" aria-hidden="true">
          <div className="wm-board-corner">
            <Text size="sm" fw={600}>
              Unit
            </Text>
          </div>
          <div className="wm-track wm-track-dates">
            {tonightIndex >= 0 && tonightIndex < days && <div className="wm-track-tonight" style={{ left: `${(tonightIndex / days) * 100}%`, width: `${100 / days}%` }} />}
            {labels.map((l) => (
              <span key={l.date}>
                {l.top && (
                  <span className="wm-date-label" data-today={l.today} style={{ left: `${l.left}%` }}>
                    {l.top}
                  </span>
                )}
                {l.day && (
                  <span className="wm-day-number" data-today={l.today} data-weekend={weekday(l.date) % 6 === 0} style={{ left: `${l.left}%`, width: `${100 / days}%` }}>
                    {l.day}
                  </span>
                )}
              </span>
            ))}
          </div>
        </div>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Units">
          {board.units.map((u) => (
            <UnitRow
              key={u.id}
              unit={u}
              entries={byUnit.get(u.id) ?? []}
              from={board.from}
              days={days}
              tonightIndex={tonightIndex}
              verdict={verdicts?.get(u.id) ?? null}
              householdName={householdName}
              onOpen={() => onOpenUnit(u.id)}
              onOpenEntry={onOpenEntry}
            />
          ))}
        </ul>
      </div>
    </div>
  );
}
