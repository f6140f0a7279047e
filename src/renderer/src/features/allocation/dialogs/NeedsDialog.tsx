import { Checkbox, Group, Loader, Select, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AllocationNeeds } from '../../../../../shared/allocation/schemas/needs.schema';
import type { Candidate } from '../../../../../shared/allocation/schemas/board.schema';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { PersonName } from '../../../components/PersonName';
import { useAction } from '../use-allocation';
import { ActionDialog } from './ActionDialog';
import type { DialogContext } from './dialog-state';

const FLOORS = [
  { value: 'any', label: 'Any floor' },
  { value: '0', label: 'Ground floor only' },
  { value: '1', label: 'Up to the first floor' },
  { value: '2', label: 'Up to the second floor' },
  { value: '3', label: 'Up to the third floor' },
];

/** What a household needs from a unit: access, a pet, areas to avoid or prefer. */
export function NeedsDialog({ ctx, candidate }: { ctx: DialogContext; candidate: Candidate }) {
  const a = useAction();
  const [needs, setNeeds] = useState<AllocationNeeds | null>(null);
  const [perpetratorAreas, setPerpetratorAreas] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    void call('allocation.needs.get', { householdId: candidate.householdId }).then((r) => {
      if (r.ok) {
        setNeeds(r.value.needs);
        setPerpetratorAreas(r.value.perpetratorAreas);
      } else setLoadError(errorMessage(r.error));
    });
  }, [candidate.householdId]);
  const set = <K extends keyof AllocationNeeds>(k: K, v: AllocationNeeds[K]) => setNeeds((n) => (n ? { ...n, [k]: v } : n));
  const confirm = async () => {
    if (!needs) return;
    const r = await a.run(() => call('allocation.needs.save', { householdId: candidate.householdId, needs }));
    if (r) ctx.done('Their needs are saved; the board is marked again.');
  };
  return (
    <ActionDialog title="What they need from a unit" opened confirmLabel="Save needs" busy={a.busy} error={a.error ?? loadError} onConfirm={() => void confirm()} onClose={ctx.close}>
      <Text>
        For <PersonName name={candidate.displayName} fw={700} />. Sizes and children’s ages come from the case record.
      </Text>
      {!needs ? (
        !loadError && <Loader aria-label="Loading" />
      ) : (
        <Stack>
          <Group gap="xl">
            <Checkbox label="Uses a wheelchair" checked={needs.wheelchair} onChange={(e) => set('wheelchair', e.currentTarget.checked)} data-autofocus />
            <Checkbox label="Needs step-free access" checked={needs.stepFree} onChange={(e) => set('stepFree', e.currentTarget.checked)} />
            <Checkbox label="Has a pet coming with them" checked={needs.pets} onChange={(e) => set('pets', e.currentTarget.checked)} />
          </Group>
          <Select
            label="Highest floor they can manage"
            data={FLOORS}
            allowDeselect={false}
            value={needs.maxFloor === null ? 'any' : String(needs.maxFloor)}
            onChange={(v) => set('maxFloor', v === null || v === 'any' ? null : Number(v))}
          />
          <TagsInput
            label="Areas to avoid"
            description={`Place names or postcodes (e.g. LS9), Enter after each.${perpetratorAreas.length ? ` From the case record already: ${perpetratorAreas.join(', ')}.` : ''}`}
            value={needs.avoidAreas}
            onChange={(v) => set('avoidAreas', v)}
          />
          <TagsInput label="Preferred areas" description="Near school or support; used to rank suitable units." value={needs.preferredAreas} onChange={(v) => set('preferredAreas', v)} />
          <Textarea label="Notes" autosize minRows={2} value={needs.notes} onChange={(e) => set('notes', e.currentTarget.value)} />
        </Stack>
      )}
    </ActionDialog>
  );
}
