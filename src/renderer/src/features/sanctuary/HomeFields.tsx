import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { HomeDetails } from '../../../../shared/sanctuary/schemas/case.schema';
import { LandlordPermission, Tenure } from '../../../../shared/sanctuary/vocab.sanctuary';
import { optionsOf } from './format';

/** The home's details as a form edits them (dates as typed). */
export type HomeDraft = Omit<HomeDetails, 'landlordPermissionOn'> & { landlordPermissionOn: string };

/** A new home's details. */
export function emptyHome(): HomeDraft {
  return { tenure: 'council', landlordName: '', landlordContact: '', landlordPermission: 'awaited', landlordPermissionOn: '', landlordNote: '' };
}

/** The input a channel takes. */
export function homeInput(h: HomeDraft) {
  return { ...h, landlordPermissionOn: h.landlordPermissionOn || null };
}

/**
 * Tenure and the landlord's permission. An owner-occupier needs no permission; refused, or a
 * household that will not have the landlord told, needs the reason (measures that alter the home
 * cannot then be fitted).
 */
export function HomeFields({ value, onChange, errors = {}, prefix = '' }: { value: HomeDraft; onChange(h: HomeDraft): void; errors?: Record<string, string>; prefix?: string }) {
  const set = (patch: Partial<HomeDraft>) => onChange({ ...value, ...patch });
  const owner = value.tenure === 'owner';
  const needsReason = value.landlordPermission === 'refused' || value.landlordPermission === 'not_to_be_told';
  const err = (k: string) => errors[`${prefix}${k}`];
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Tenure"
          required
          data={optionsOf(Tenure)}
          value={value.tenure}
          allowDeselect={false}
          onChange={(v) => set({ tenure: (v ?? 'council') as HomeDraft['tenure'], landlordPermission: v === 'owner' ? 'not_needed' : value.landlordPermission === 'not_needed' ? 'awaited' : value.landlordPermission })}
          error={err('tenure')}
        />
        <Select
          label="Landlord’s permission"
          required
          data={optionsOf(LandlordPermission, owner ? ['awaited', 'obtained', 'refused', 'not_to_be_told'] : [])}
          value={value.landlordPermission}
          allowDeselect={false}
          onChange={(v) => set({ landlordPermission: (v ?? 'awaited') as HomeDraft['landlordPermission'] })}
          error={err('landlordPermission')}
        />
      </SimpleGrid>
      {!owner && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Landlord" value={value.landlordName} onChange={(e) => set({ landlordName: e.currentTarget.value })} error={err('landlordName')} />
          <TextInput label="Landlord’s contact" value={value.landlordContact} onChange={(e) => set({ landlordContact: e.currentTarget.value })} error={err('landlordContact')} />
          <TextInput type="date" label="Permission given or refused on" value={value.landlordPermissionOn} onChange={(e) => set({ landlordPermissionOn: e.currentTarget.value })} error={err('landlordPermissionOn')} />
        </SimpleGrid>
      )}
      {needsReason && (
        <Textarea
          label="Reason (measures that alter the home cannot be fitted)"
          required
          autosize
          minRows={2}
          value={value.landlordNote}
          onChange={(e) => set({ landlordNote: e.currentTarget.value })}
          error={err('landlordNote')}
        />
      )}
    </Stack>
  );
}
