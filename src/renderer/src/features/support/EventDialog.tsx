import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { SupportEvent } from '../../../../shared/support/schemas/events.schema';
import { EventKind, FeedbackTheme, SafeguardingAbout, SafeguardingRaisedWith, SeriousIncidentCategory, type EventKindCode } from '../../../../shared/support/vocab.support';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { optionsOf, todayLondon } from './format';
import { useSubmit } from './use-support';

type Draft = {
  kind: EventKindCode;
  eventOn: string;
  details: string;
  about: string | null;
  raisedWith: string | null;
  outcome: string;
  category: string | null;
  commissionerToldOn: string;
  theme: string | null;
  response: string;
  resolvedOn: string;
};

function draftOf(e: SupportEvent | null, kind: EventKindCode): Draft {
  return {
    kind: e?.kind ?? kind,
    eventOn: e?.eventOn ?? todayLondon(),
    details: e?.details ?? '',
    about: e?.about ?? null,
    raisedWith: e?.raisedWith ?? null,
    outcome: e?.outcome ?? '',
    category: e?.category ?? null,
    commissionerToldOn: e?.commissionerToldOn ?? '',
    theme: e?.theme ?? null,
    response: e?.response ?? '',
    resolvedOn: e?.resolvedOn ?? '',
  };
}

/** The input for support.events.save for a draft (only the fields its kind has). */
function inputOf(householdId: number, eventId: number | null, d: Draft) {
  const base = { householdId, eventId, eventOn: d.eventOn, details: d.details };
  switch (d.kind) {
    case 'safeguarding':
      return { ...base, kind: d.kind, about: d.about as never, raisedWith: d.raisedWith as never, outcome: d.outcome };
    case 'hrbp':
      return { ...base, kind: d.kind, outcome: d.outcome };
    case 'serious_incident':
      return { ...base, kind: d.kind, category: d.category as never, commissionerToldOn: d.commissionerToldOn || null };
    case 'complaint':
      return { ...base, kind: d.kind, theme: d.theme as never, response: d.response, resolvedOn: d.resolvedOn || null };
    case 'compliment':
      return { ...base, kind: d.kind, theme: d.theme as never, response: d.response };
  }
}

const DATE_LABEL: Record<EventKindCode, string> = {
  safeguarding: 'Date raised',
  hrbp: 'Date referred',
  serious_incident: 'Date it happened',
  complaint: 'Date received',
  compliment: 'Date received',
};

/** Add an event, or update one (its kind stays). */
export function EventDialog({ householdId, opened, event, onClose, onSaved }: { householdId: number; opened: boolean; event: SupportEvent | null; onClose(): void; onSaved(): void }) {
  const [d, setD] = useState<Draft>(draftOf(event, 'safeguarding'));
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, setError, run } = useSubmit();
  useEffect(() => {
    if (opened) {
      setD(draftOf(event, 'safeguarding'));
      setFields({});
      setError(null);
    }
  }, [opened, event, setError]);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFields({});
    const r = await run(
      () => call('support.events.save', inputOf(householdId, event?.id ?? null, d)),
      (f) => {
        setFields(f);
        return Object.keys(f).some((k) => k in d);
      },
    );
    if (r) {
      onSaved();
      onClose();
    }
  };
  const title = event ? `Update: ${EventKind.labels[event.kind].toLowerCase()}` : 'Log an event';
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Kind of event" data={optionsOf(EventKind)} value={d.kind} onChange={(v) => v && set({ kind: v as EventKindCode })} disabled={event !== null} allowDeselect={false} />
            <TextInput type="date" label={DATE_LABEL[d.kind]} required value={d.eventOn} onChange={(e) => set({ eventOn: e.currentTarget.value })} error={fields.eventOn} />
          </SimpleGrid>
          {d.kind === 'safeguarding' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label="About" required data={optionsOf(SafeguardingAbout)} value={d.about} onChange={(v) => set({ about: v })} error={fields.about} />
              <Select label="Raised with" required data={optionsOf(SafeguardingRaisedWith)} value={d.raisedWith} onChange={(v) => set({ raisedWith: v })} error={fields.raisedWith} />
            </SimpleGrid>
          )}
          {d.kind === 'serious_incident' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label="Category" required data={optionsOf(SeriousIncidentCategory)} value={d.category} onChange={(v) => set({ category: v })} error={fields.category} />
              <TextInput type="date" label="Date the commissioner was told" value={d.commissionerToldOn} onChange={(e) => set({ commissionerToldOn: e.currentTarget.value })} error={fields.commissionerToldOn} />
            </SimpleGrid>
          )}
          {(d.kind === 'complaint' || d.kind === 'compliment') && (
            <Select label="Theme" required data={optionsOf(FeedbackTheme)} value={d.theme} onChange={(v) => set({ theme: v })} error={fields.theme} />
          )}
          <Textarea label="What happened" autosize minRows={2} value={d.details} onChange={(e) => set({ details: e.currentTarget.value })} error={fields.details} />
          {(d.kind === 'safeguarding' || d.kind === 'hrbp') && <Textarea label="Outcome" autosize minRows={1} value={d.outcome} onChange={(e) => set({ outcome: e.currentTarget.value })} />}
          {(d.kind === 'complaint' || d.kind === 'compliment') && <Textarea label="Our response" autosize minRows={1} value={d.response} onChange={(e) => set({ response: e.currentTarget.value })} />}
          {d.kind === 'complaint' && <TextInput type="date" label="Resolved on" value={d.resolvedOn} onChange={(e) => set({ resolvedOn: e.currentTarget.value })} error={fields.resolvedOn} />}
          <FormError message={error} title="Not saved" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {event ? 'Save changes' : 'Log event'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Record a MARAC referral (kept with the case's risk records, not duplicated here). */
export function MaracDialog({ householdId, opened, onClose, onSaved }: { householdId: number; opened: boolean; onClose(): void; onSaved(): void }) {
  const [referredOn, setReferredOn] = useState(todayLondon());
  const [meetingOn, setMeetingOn] = useState('');
  const [actions, setActions] = useState('');
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run(() => call('risk.saveMarac', { householdId, maracId: null, referredOn, meetingOn: meetingOn || null, actions }));
    if (r) {
      onSaved();
      onClose();
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Record a MARAC referral" size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label="Record a MARAC referral">
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label="Referred on" required value={referredOn} onChange={(e) => setReferredOn(e.currentTarget.value)} />
            <TextInput type="date" label="Meeting on" value={meetingOn} onChange={(e) => setMeetingOn(e.currentTarget.value)} />
          </SimpleGrid>
          <Textarea label="Actions" autosize minRows={2} value={actions} onChange={(e) => setActions(e.currentTarget.value)} />
          <FormError message={error} title="Not saved" />
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
