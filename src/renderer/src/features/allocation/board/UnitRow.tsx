import { Badge, Group, List, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { dayNumber, shortDay } from '../../../../../shared/allocation/nights';
import type { BoardEntry, BoardUnit, RankedUnitOut } from '../../../../../shared/allocation/schemas/board.schema';
import type { OutOfServiceReasonCode } from '../../../../../shared/allocation/vocab.allocation';
import { useDiscreet } from '../../../components/discreet';
import { initialsOf } from '../../../components/initials';
import { BADGE, NIGHT_BADGE, sentenceCase, unitCapacity, unitKind } from '../labels';

const SHORT_REASON: Record<OutOfServiceReasonCode, string> = { repair: 'Repair', cleaning: 'Cleaning', void: 'Void', closed: 'Closed' };

/** The words on a bar (and its accessible name). */
export function entryLabel(e: BoardEntry, discreet: boolean): string {
  const who = e.restricted ? 'Restricted case' : e.displayName ? (discreet ? initialsOf(e.displayName) : e.displayName) : 'Unknown';
  if (e.kind === 'out_of_service') return e.reason ? SHORT_REASON[e.reason] : 'Out of service';
  if (e.kind === 'hold') return `Held for ${who}`;
  return who;
}

function Verdict({ verdict }: { verdict: RankedUnitOut }) {
  if (verdict.suitable) {
    return (
      <Badge color={BADGE.green} variant="filled" size="md" style={{ flexShrink: 0 }}>
        {verdict.heldForHousehold ? 'Held for them' : `Suitable · #${verdict.rank}`}
      </Badge>
    );
  }
  return (
    <Badge color={verdict.available ? BADGE.red : BADGE.gray} variant="filled" size="md" style={{ flexShrink: 0 }}>
      {verdict.available ? 'Not suitable' : 'Not free'}
    </Badge>
  );
}

/** Props for UnitRow. */
export interface UnitRowProps {
  unit: BoardUnit;
  entries: BoardEntry[];
  from: string;
  days: number;
  tonightIndex: number;
  verdict: RankedUnitOut | null;
  householdName: string | null;
  onOpen(): void;
  onOpenEntry(entry: BoardEntry): void;
}

/**
 * One unit: its header (a button with the unit's kind, capacity, tonight's state and, when a
 * household is chosen, whether it suits them — the reasons show on hover and on keyboard focus,
 * and are read out with the button) and its track of bars.
 */
export function UnitRow({ unit, entries, from, days, tonightIndex, verdict, householdName, onOpen, onOpenEntry }: UnitRowProps) {
  const discreet = useDiscreet();
  const reasonsId = useId();
  const start = dayNumber(from);
  const night = NIGHT_BADGE[unit.tonight];
  const reasons = verdict ? [...verdict.reasons.map((r) => r.text), ...verdict.cautions.map((c) => `check: ${c}`)] : [];
  const tooltip = verdict ? (
    <Stack gap={4} maw={360}>
      <Text size="sm" fw={700}>
        {verdict.suitable ? `${unit.code} suits ${householdName ?? 'this household'}` : `${unit.code} does not suit ${householdName ?? 'this household'}`}
      </Text>
      {reasons.length > 0 && (
        <List size="sm" spacing={2}>
          {reasons.map((r) => (
            <List.Item key={r}>{sentenceCase(r)}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  ) : null;

  const state = verdict ? (verdict.suitable ? 'suitable' : verdict.available ? 'unsuitable' : 'unavailable') : undefined;
  const button = (
    <button type="button" className="wm-unit-button" data-unit-button data-state={state} onClick={onOpen} aria-describedby={verdict ? reasonsId : undefined}>
      <Text fw={700} size="md" truncate>
        {unit.code}
        {unit.name ? (
          <Text span size="sm" fw={400}>
            {' '}
            {unit.name}
          </Text>
        ) : null}
      </Text>
      <Group gap={6} wrap="nowrap">
        {verdict ? (
          <Verdict verdict={verdict} />
        ) : (
          <Badge color={night.color} variant="filled" size="md" style={{ flexShrink: 0 }}>
            {night.label}
          </Badge>
        )}
        <Text size="xs" truncate>
          {unitKind(unit)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" truncate>
        {unitCapacity(unit)}
      </Text>
      {verdict && (
        <VisuallyHidden id={reasonsId}>
          {verdict.suitable ? 'Suitable.' : 'Not suitable:'} {reasons.map(sentenceCase).join('. ')}
        </VisuallyHidden>
      )}
    </button>
  );

  return (
    <li className="wm-board-row">
      {tooltip ? (
        <Tooltip label={tooltip} position="right-start" withArrow multiline events={{ hover: true, focus: true, touch: true }} openDelay={150}>
          {button}
        </Tooltip>
      ) : (
        button
      )}
      <div className="wm-track">
        {tonightIndex >= 0 && tonightIndex < days && <div className="wm-track-tonight" style={{ left: `${(tonightIndex / days) * 100}%`, width: `${100 / days}%` }} />}
        {entries.map((e) => {
          const s = Math.max(0, dayNumber(e.start) - start);
          const endDay = e.end ? dayNumber(e.end) - start : days;
          const end = Math.min(days, endDay);
          const label = entryLabel(e, discreet);
          const when = `${shortDay(e.start)}${e.end ? ` to ${shortDay(e.end)}` : ', no end date'}`;
          return (
            <button
              key={`${e.kind}-${e.id}`}
              type="button"
              tabIndex={-1}
              className="wm-bar"
              data-kind={e.kind}
              data-open-start={dayNumber(e.start) < start}
              data-open-end={endDay > days}
              style={{ left: `${(s / days) * 100}%`, width: `calc(${((end - s) / days) * 100}% - 2px)` }}
              title={`${e.kind === 'out_of_service' ? 'Out of service: ' : ''}${label} (${when})`}
              onClick={() => onOpenEntry(e)}
            >
              {label}
            </button>
          );
        })}
        {entries
          .filter((e) => e.kind === 'stay' && e.expectedEnd)
          .map((e) => {
            const i = dayNumber(e.expectedEnd!) - start;
            if (i < 0 || i > days) return null;
            return (
              <span key={`dep-${e.id}`} className="wm-departure" style={{ left: `${(i / days) * 100}%` }} aria-hidden="true">
                <span className="wm-departure-flag">leaves {shortDay(e.expectedEnd!).replace(/ \d{4}$/, '')}</span>
              </span>
            );
          })}
      </div>
    </li>
  );
}
