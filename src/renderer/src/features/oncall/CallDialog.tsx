import { Button, Checkbox, Group, Radio, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { CALLER_TYPE_LABELS, CALLER_TYPES, PhoneCallAddInputSchema, type PhoneCall } from '../../../../shared/rota/schemas/phone-log.schema';
import { instantToLocal, iso, localToInstant } from '../../../../shared/rota/zone';
import { call } from '../../api/client';
import { notify } from '../../components/notify';
import { DialogFrame, fieldErrorsOf } from '../rota/dialogs/DialogFrame';
import { useAction } from '../rota/use-channel';
import { CaseSearchSelect } from './CaseSearchSelect';
import { startReferralFromCall } from './referral-from-call';

type CallerType = (typeof CALLER_TYPES)[number];

interface CallForm {
  /** London "YYYY-MM-DDTHH:mm", or empty for now. */
  when: string;
  callerType: CallerType | null;
  caseId: number | null;
  actionTaken: string;
  managerCalled: boolean;
  policeCalled: boolean;
  followUpNeeded: boolean;
  followUpNote: string;
}

const EMPTY: CallForm = { when: '', callerType: null, caseId: null, actionTaken: '', managerCalled: false, policeCalled: false, followUpNeeded: false, followUpNote: '' };

function formOf(c: PhoneCall): CallForm {
  return {
    when: instantToLocal(Date.parse(c.at)),
    callerType: c.callerType,
    caseId: c.caseId,
    // Null only for a call whose details are withheld, which the phone log offers no correction of.
    actionTaken: c.actionTaken ?? '',
    managerCalled: c.managerCalled ?? false,
    policeCalled: c.policeCalled ?? false,
    followUpNeeded: c.followUpNeeded,
    followUpNote: c.followUpNote ?? '',
  };
}

/**
 * Logging a call in a few fields: when (now unless changed), who rang, the case (or none), what
 * was done, whether the manager or the police were called, and whether it needs following up.
 * A call from a new referral offers to start the referral with the call's details.
 */
export function CallDialog({ opened, editing, onClose, onSaved }: { opened: boolean; editing?: PhoneCall | null; onClose(): void; onSaved(c: PhoneCall): void }) {
  const [form, setForm] = useState<CallForm>(EMPTY);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<PhoneCall | null>(null);
  const action = useAction();
  const { reset } = action;

  useEffect(() => {
    if (!opened) return;
    setForm(editing ? formOf(editing) : EMPTY);
    setFields({});
    setSaved(null);
    reset();
  }, [opened, editing, reset]);

  const set = <K extends keyof CallForm>(k: K, v: CallForm[K]) => setForm((f) => ({ ...f, [k]: v }));

  const submit = async () => {
    let at: string | undefined;
    if (form.when) {
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(form.when)) {
        setFields({ at: 'Enter the date and time of the call, or leave it empty for now.' });
        return;
      }
      at = iso(localToInstant(form.when));
    }
    const input = {
      ...(at ? { at } : {}),
      callerType: form.callerType ?? undefined,
      caseId: form.caseId,
      actionTaken: form.actionTaken,
      managerCalled: form.managerCalled,
      policeCalled: form.policeCalled,
      followUpNeeded: form.followUpNeeded,
      followUpNote: form.followUpNeeded ? form.followUpNote : '',
    };
    const parsed = PhoneCallAddInputSchema.safeParse(input);
    if (!parsed.success) {
      setFields(fieldErrorsOf(parsed.error));
      return;
    }
    setFields({});
    const r = await action.run(() => (editing ? call('phoneLog.update', { id: editing.id, ...parsed.data }) : call('phoneLog.add', parsed.data)));
    if (!r) return;
    onSaved(r);
    if (!editing && r.callerType === 'new_referral') {
      setSaved(r);
      return;
    }
    notify({ title: editing ? 'Call updated' : 'Call logged', message: r.followUpNeeded ? 'It is on the follow-ups list until someone closes it.' : 'It is in the phone log.', color: 'green' });
    onClose();
  };

  const startReferral = () => {
    if (!saved) return;
    const opened = startReferralFromCall(saved);
    if (!opened) {
      notify({
        title: 'Referral details ready',
        message: 'Open Referrals & cases (Alt+2) and start a new referral: the call’s time and notes are filled in.',
        autoClose: 12_000,
      });
    }
    onClose();
  };

  if (saved) {
    return (
      <DialogFrame title="Call logged" opened={opened} onClose={onClose} cancelLabel="Not now" extraActions={<Button onClick={startReferral} data-autofocus>Start the referral</Button>}>
        <Text>This call was a new referral. Start the referral now? The intake form opens with the call’s time and notes filled in.</Text>
      </DialogFrame>
    );
  }

  return (
    <DialogFrame
      title={editing ? 'Correct a logged call' : 'Log a call'}
      opened={opened}
      onClose={onClose}
      confirmLabel={editing ? 'Save changes' : 'Save call'}
      busy={action.busy}
      error={action.error}
      onConfirm={() => void submit()}
    >
      <Radio.Group label="Who rang" required value={form.callerType} onChange={(v) => set('callerType', v as CallerType)} error={fields.callerType}>
        <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs" spacing={4} verticalSpacing={0}>
          {CALLER_TYPES.map((t) => (
            <Radio key={t} value={t} label={CALLER_TYPE_LABELS[t]} className="wm-big-radio" />
          ))}
        </SimpleGrid>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="datetime-local"
          label="Time of the call"
          description={editing ? 'London time.' : 'London time. Leave empty if it was just now.'}
          value={form.when}
          onChange={(e) => set('when', e.currentTarget.value)}
          error={fields.at}
        />
        <CaseSearchSelect value={form.caseId} onChange={(id) => set('caseId', id)} initialLabel={editing && editing.caseId === form.caseId ? (editing.caseReference ?? undefined) : undefined} />
      </SimpleGrid>
      <Textarea label="What was done" required autosize minRows={3} value={form.actionTaken} onChange={(e) => set('actionTaken', e.currentTarget.value)} error={fields.actionTaken} />
      <Group gap="lg">
        <Checkbox className="wm-big-radio" label="The manager on call was called" checked={form.managerCalled} onChange={(e) => set('managerCalled', e.currentTarget.checked)} />
        <Checkbox className="wm-big-radio" label="The police were called" checked={form.policeCalled} onChange={(e) => set('policeCalled', e.currentTarget.checked)} />
        <Checkbox className="wm-big-radio" label="Follow-up needed" checked={form.followUpNeeded} onChange={(e) => set('followUpNeeded', e.currentTarget.checked)} />
      </Group>
      {form.followUpNeeded && (
        <Textarea label="What needs following up" autosize minRows={2} value={form.followUpNote} onChange={(e) => set('followUpNote', e.currentTarget.value)} error={fields.followUpNote} />
      )}
    </DialogFrame>
  );
}
