import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { SanctuaryCaseDetail } from '../../../../../shared/sanctuary/schemas/detail.schema';
import { call } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { HomeFields, homeInput, type HomeDraft } from '../HomeFields';
import { useSubmit } from '../use-channel';

/** The home's tenure and the landlord's permission, and the day the needs assessment was completed. */
export function HomePanel({ detail, editable, onSaved }: { detail: SanctuaryCaseDetail; editable: boolean; onSaved(): void }) {
  const [home, setHome] = useState<HomeDraft>({ ...detail.home, landlordPermissionOn: detail.home.landlordPermissionOn ?? '' });
  const [needsOn, setNeedsOn] = useState(detail.needsAssessedOn ?? '');
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFields({});
    const r = await run(
      () => call('sanctuary.update', { caseId: detail.caseId, home: homeInput(home), needsAssessedOn: needsOn || null }),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Saved', message: 'The home’s details are saved.' });
      onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="The home and the needs assessment">
      <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack>
          <HomeFields value={home} onChange={setHome} errors={fields} prefix="home." />
          <TextInput
            type="date"
            label="Needs assessment completed on"
            description="The support and safety plan is due within 5 working days of it."
            value={needsOn}
            onChange={(e) => setNeedsOn(e.currentTarget.value)}
            error={fields.needsAssessedOn}
            maw={320}
          />
          <FormError message={error} title="Not saved" />
          {editable && (
            <Group>
              <Button type="submit" loading={busy}>
                Save
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
