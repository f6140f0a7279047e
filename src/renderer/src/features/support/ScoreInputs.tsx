import { Select, SimpleGrid } from '@mantine/core';
import { OutcomeArea, OUTCOME_SCALE, type OutcomeAreaCode } from '../../../../shared/support/vocab.support';

/** The scale as choices: "3 – Making progress with support". */
export const SCORE_OPTIONS = Array.from({ length: OUTCOME_SCALE.max - OUTCOME_SCALE.min + 1 }, (_, i) => {
  const n = OUTCOME_SCALE.min + i;
  return { value: String(n), label: `${n} – ${OUTCOME_SCALE.labels[n]}` };
});

/** Scores for some areas as the form keeps them (area → "1".."5"). */
export type ScoreDraft = Partial<Record<OutcomeAreaCode, string | null>>;

/** The draft as the channel takes it: only the areas given a score. */
export function scoresOf(draft: ScoreDraft): Partial<Record<OutcomeAreaCode, number>> {
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v).map(([k, v]) => [k, Number(v)]));
}

/** One score choice per area (areas with a need first, labelled so). */
export function ScoreInputs({ areas, value, onChange, needs }: { areas?: readonly OutcomeAreaCode[]; value: ScoreDraft; onChange(v: ScoreDraft): void; needs: ReadonlySet<OutcomeAreaCode> }) {
  const list = (areas ?? OutcomeArea.codes).slice().sort((a, b) => Number(needs.has(b)) - Number(needs.has(a)));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {list.map((area) => (
        <Select
          key={area}
          label={OutcomeArea.labels[area]}
          description={needs.has(area) ? 'A need in the plan' : 'No need recorded'}
          placeholder="Not scored"
          data={SCORE_OPTIONS}
          clearable
          value={value[area] ?? null}
          onChange={(v) => onChange({ ...value, [area]: v })}
          comboboxProps={{ withinPortal: true }}
        />
      ))}
    </SimpleGrid>
  );
}
