import { Fieldset, Group, Radio, Stack, Text } from '@mantine/core';
import type { ChecklistDefinition } from '../../../../../shared/cases/dash-checklist';
import type { ChecklistAnswer } from '../../../../../shared/cases/risk-rules';

const ANSWERS: { value: ChecklistAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not_known', label: 'Not known' },
  { value: 'not_asked', label: 'Not asked' },
];

/**
 * The checklist grouped as its definition groups it. Each question is a radio group (arrow keys
 * move between the four answers; Tab moves to the next question).
 */
export function ChecklistQuestions({ def, answers, onAnswer }: { def: ChecklistDefinition; answers: Record<string, ChecklistAnswer>; onAnswer: (n: number, a: ChecklistAnswer) => void }) {
  return (
    <Stack gap="md">
      {def.groups.map((g) => (
        <Fieldset key={g.title} legend={g.title}>
          <Stack gap={6}>
            {g.questions.map((q) => (
              <Radio.Group
                key={q.number}
                name={`q${q.number}`}
                value={answers[String(q.number)] ?? 'not_asked'}
                onChange={(v) => onAnswer(q.number, v as ChecklistAnswer)}
                label={`${q.number}. ${q.topic}`}
                data-question={q.number}
              >
                <Group gap="lg" mt={4}>
                  {ANSWERS.map((a) => (
                    <Radio key={a.value} value={a.value} label={a.label} />
                  ))}
                </Group>
              </Radio.Group>
            ))}
          </Stack>
        </Fieldset>
      ))}
      <Text size="xs" c="dimmed">
        Topics are written in Waymark’s own words and referenced by the checklist’s question numbers.
      </Text>
    </Stack>
  );
}
