import { Button, Checkbox, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ReferralSource } from '../../../../shared/cases/vocab';
import { call } from '../../api/client';
import { useDiscreet } from '../../components/discreet';
import { FormError } from '../../components/FormError';
import { initialsOf } from '../../components/initials';
import { notify } from '../../components/notify';
import { optionsOf } from './format';
import { emptyHome, HomeFields, homeInput, type HomeDraft } from './HomeFields';
import { useChannel, useSubmit } from './use-channel';

/** Now as the value a datetime-local input takes (the PC's local time, which is London's in the office). */
function nowLocal(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/**
 * A referral to the sanctuary scheme: a new one (often by phone from the council's housing team,
 * another agency, or the person themselves), or a referral already taken at intake that asked for
 * the scheme. Either way the home's tenure and the landlord's permission are recorded.
 */
export function ReferDialog({ opened, onClose, onReferred }: { opened: boolean; onClose(): void; onReferred(caseId: number): void }) {
  const discreet = useDiscreet();
  const [from, setFrom] = useState<'new' | 'existing'>('new');
  const [receivedAt, setReceivedAt] = useState(nowLocal);
  const [source, setSource] = useState<string | null>('housing');
  const [referrerName, setReferrerName] = useState('');
  const [name, setName] = useState('');
  const [alias, setAlias] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [notes, setNotes] = useState('');
  const [referralId, setReferralId] = useState<string | null>(null);
  const [home, setHome] = useState<HomeDraft>(emptyHome);
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const candidates = useChannel('sanctuary.candidates', opened && from === 'existing' ? {} : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFields({});
    const input =
      from === 'new'
        ? {
            from: 'new' as const,
            referral: { receivedAt: receivedAt ? new Date(receivedAt).toISOString() : '', source: (source ?? 'other') as never, referrerName, name, alias, anonymous, notes, requests: ['sanctuary' as const] },
            home: homeInput(home),
          }
        : { from: 'existing' as const, referralId: Number(referralId ?? 0), home: homeInput(home) };
    const r = await run(
      () => call('sanctuary.refer', input),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Sanctuary referral recorded', message: `Case ${r.reference} is open on the scheme.` });
      onClose();
      onReferred(r.caseId);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New sanctuary referral" size="xl" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label="New sanctuary referral">
        <Stack>
          <SegmentedControl
            aria-label="Which referral"
            value={from}
            onChange={(v) => setFrom(v as 'new' | 'existing')}
            data={[
              { value: 'new', label: 'A new referral' },
              { value: 'existing', label: 'A referral already taken' },
            ]}
          />
          {from === 'new' ? (
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput type="datetime-local" label="Received" required value={receivedAt} onChange={(e) => setReceivedAt(e.currentTarget.value)} error={fields['referral.receivedAt']} />
                <Select label="Referred by" required data={optionsOf(ReferralSource)} value={source} onChange={setSource} allowDeselect={false} error={fields['referral.source']} />
                <TextInput label="Referrer’s name" value={referrerName} onChange={(e) => setReferrerName(e.currentTarget.value)} error={fields['referral.referrerName']} />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} disabled={anonymous} error={fields['referral.name']} />
                <TextInput label="Alias" value={alias} onChange={(e) => setAlias(e.currentTarget.value)} disabled={anonymous} error={fields['referral.alias']} />
                <Checkbox label="Anonymous for now" checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} mt={{ sm: 30 }} />
              </SimpleGrid>
              <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={fields['referral.notes']} />
            </Stack>
          ) : (
            <Select
              label="Referral that asked for the scheme"
              required
              placeholder={candidates.value && candidates.value.length === 0 ? 'None waiting' : 'Choose a referral'}
              data={(candidates.value ?? [])
                .filter((c) => !c.restricted)
                .map((c) => ({ value: String(c.referralId), label: `${c.reference} · ${discreet ? initialsOf(c.displayName) : c.displayName}` }))}
              value={referralId}
              onChange={setReferralId}
              error={fields.referralId ?? candidates.error ?? undefined}
            />
          )}
          <Title order={3} size="h5">
            The home
          </Title>
          <HomeFields value={home} onChange={setHome} errors={fields} prefix="home." />
          <Text size="sm" c="dimmed">
            The risk assessment is due to start within 2 working days of the referral.
          </Text>
          <FormError message={error} title="Referral not recorded" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Record referral
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
