import { Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Board } from '../../../../../shared/allocation/schemas/board.schema';
import { UnitType } from '../../../../../shared/allocation/vocab.allocation';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';

/** Home panel: how many units are free tonight, by type. */
export function FreeTonightPanel() {
  const [board, setBoard] = useState<Board | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('allocation.board', { weeks: 1 }).then((r) => (r.ok ? setBoard(r.value) : setError(errorMessage(r.error))));
  }, []);
  if (error) return <Text c="red.8">{error}</Text>;
  if (!board) return <Loader size="sm" aria-label="Loading" />;
  const free = board.units.filter((u) => u.tonight === 'free');
  const byType = UnitType.codes.map((t) => ({ t, n: free.filter((u) => u.type === t).length })).filter((x) => x.n > 0);
  return (
    <Stack gap={4}>
      <Text size="xl" fw={700}>
        {board.freeTonight} of {board.totalUnits} units free
      </Text>
      {byType.length > 0 && (
        <Group gap="md">
          {byType.map(({ t, n }) => (
            <Text key={t}>
              {UnitType.labels[t]}: {n}
            </Text>
          ))}
        </Group>
      )}
    </Stack>
  );
}
