import { Alert, Button, Checkbox, Group, List, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Rate } from '../../../../../shared/sanctuary/schemas/rates.schema';
import type { SanctuaryCaseDetail } from '../../../../../shared/sanctuary/schemas/detail.schema';
import { RefusalReason } from '../../../../../shared/sanctuary/vocab.sanctuary';
import { call } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { optionsOf, penceText, perUnit, pounds, todayLondon, toPence } from '../format';
import { useSubmit } from '../use-channel';

type Measure = SanctuaryCaseDetail['measures'][number];

function Dialog({ title, label, onClose, onSubmit, busy, error, errorTitle, submitLabel, children }: {
  title: string;
  label: string;
  onClose(): void;
  onSubmit(e: FormEvent): void;
  busy: boolean;
  error: string | null;
  errorTitle: string;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={onSubmit} noValidate aria-label={label}>
        <Stack>
          {children}
          <FormError message={error} title={errorTitle} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Request a measure from the schedule of rates. */
export function RequestDialog({ caseId, rates, onClose, onSaved }: { caseId: number; rates: Rate[]; onClose(): void; onSaved(): void }) {
  const offered = rates.filter((r) => r.active);
  const [rateId, setRateId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(1);
  const [cost, setCost] = useState('');
  const [location, setLocation] = useState('');
  const [requestedOn, setRequestedOn] = useState(todayLondon());
  const [notes, setNotes] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const rate = offered.find((r) => String(r.id) === rateId);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const pence = cost.trim() === '' ? null : toPence(cost);
    if (!rate) return setFields({ rateId: 'Choose a measure.' });
    if (cost.trim() !== '' && pence === null) return setFields({ unitCostPence: 'Enter an amount in pounds, e.g. 45 or 12.50.' });
    setFields({});
    const r = await run(
      () => call('sanctuary.measures.request', { caseId, rateId: rate.id, quantity: Number(quantity) || 1, unitCostPence: pence, location, requestedOn, notes }),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Measure requested', message: `${rate.name}.` });
      onSaved();
    }
  };
  const group = (level: 'lower' | 'higher') => offered.filter((r) => r.level === level).map((r) => ({ value: String(r.id), label: `${r.name} — ${perUnit(r.unitCostPence, r.unit)}` }));
  return (
    <Dialog title="Request a measure" label="Request a measure" onClose={onClose} onSubmit={submit} busy={busy} error={error} errorTitle="Not requested" submitLabel="Request measure">
      <Select
        label="Measure"
        required
        searchable
        data={[
          { group: 'Lower level', items: group('lower') },
          { group: 'Higher level (needs the council’s approval)', items: group('higher') },
        ]}
        value={rateId}
        onChange={setRateId}
        error={fields.rateId}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput label={`Quantity${rate ? ` (${rate.unit})` : ''}`} required min={1} max={999} allowDecimal={false} allowNegative={false} value={quantity} onChange={setQuantity} error={fields.quantity} />
        <TextInput label="Unit cost (£)" inputMode="decimal" placeholder={rate ? penceText(rate.unitCostPence) : ''} description="Leave empty for the schedule’s price" value={cost} onChange={(e) => setCost(e.currentTarget.value)} error={fields.unitCostPence} />
        <TextInput type="date" label="Requested on" required value={requestedOn} onChange={(e) => setRequestedOn(e.currentTarget.value)} error={fields.requestedOn} />
      </SimpleGrid>
      <TextInput label="Where" placeholder="e.g. front door, rear ground-floor windows" value={location} onChange={(e) => setLocation(e.currentTarget.value)} error={fields.location} />
      {rate?.needsFireCheck && <Text size="sm">This measure can restrict escape in a fire: the fire and rescue service must check the home before it is fitted.</Text>}
      <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
    </Dialog>
  );
}

/** The council's written approval (date and reference) of some measures. */
export function CouncilApprovalDialog({ caseId, measures, onClose, onSaved }: { caseId: number; measures: Measure[]; onClose(): void; onSaved(): void }) {
  const outstanding = measures.filter((m) => m.status === 'requested' || m.status === 'approved');
  const [approvedOn, setApprovedOn] = useState(todayLondon());
  const [reference, setReference] = useState('');
  const [officer, setOfficer] = useState('');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<number[]>(() => outstanding.filter((m) => m.needsCouncilApproval && m.councilApprovalId === null).map((m) => m.id));
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const pence = amount.trim() === '' ? null : toPence(amount);
    if (amount.trim() !== '' && pence === null) return setFields({ amountPence: 'Enter an amount in pounds, or leave it empty.' });
    setFields({});
    const r = await run(
      () => call('sanctuary.councilApproval.record', { caseId, approvedOn, reference, officer, amountPence: pence, measureIds: chosen, note }),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Council approval recorded', message: `${reference}: ${chosen.length} measure${chosen.length === 1 ? '' : 's'} approved.` });
      onSaved();
    }
  };
  return (
    <Dialog title="Record the council’s approval" label="Council approval" onClose={onClose} onSubmit={submit} busy={busy} error={error} errorTitle="Approval not recorded" submitLabel="Record approval">
      <Text size="sm">From the council’s written approval (letter or email). Measures it covers can then be fitted.</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label="Approved on" required value={approvedOn} onChange={(e) => setApprovedOn(e.currentTarget.value)} error={fields.approvedOn} />
        <TextInput label="Council’s reference" required value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={fields.reference} />
        <TextInput label="Approving officer" value={officer} onChange={(e) => setOfficer(e.currentTarget.value)} error={fields.officer} />
        <TextInput label="Amount approved (£)" inputMode="decimal" description="If the approval names one" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={fields.amountPence} />
      </SimpleGrid>
      <Checkbox.Group label="Measures it covers" required value={chosen.map(String)} onChange={(v) => setChosen(v.map(Number))} error={fields.measureIds}>
        <Stack gap={6} mt={6}>
          {outstanding.map((m) => (
            <Checkbox key={m.id} value={String(m.id)} label={`${m.name}${m.location ? ` (${m.location})` : ''} — ${pounds(m.estimatePence)}`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea label="Note" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
    </Dialog>
  );
}

/** Record a measure as fitted. The service refuses (and says why) when a rule is not met. */
export function FitDialog({ measure, onClose, onSaved }: { measure: Measure; onClose(): void; onSaved(): void }) {
  const [fittedOn, setFittedOn] = useState(todayLondon());
  const [cost, setCost] = useState(penceText(measure.estimatePence));
  const [fittedBy, setFittedBy] = useState('');
  const [instructions, setInstructions] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const pence = toPence(cost);
    if (pence === null) return setFields({ costPence: 'Enter what it cost in pounds, e.g. 45 or 12.50.' });
    setFields({});
    const r = await run(
      () => call('sanctuary.measures.fit', { measureId: measure.id, fittedOn, costPence: pence, fittedBy, instructions }),
      (f) => {
        const { measureId: _rule, ...rest } = f;
        setFields(rest);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Recorded as fitted', message: `${measure.name}, ${pounds(pence)}.` });
      onSaved();
    }
  };
  return (
    <Dialog title={`Fit ${measure.name}`} label={`Fit ${measure.name}`} onClose={onClose} onSubmit={submit} busy={busy} error={error} errorTitle="Not recorded as fitted" submitLabel="Record as fitted">
      {measure.blockers.length > 0 && (
        <Alert color="yellow" variant="light" title="Before it can be fitted">
          <List size="sm">
            {measure.blockers.map((b) => (
              <List.Item key={b.code}>{b.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput type="date" label="Fitted on" required value={fittedOn} onChange={(e) => setFittedOn(e.currentTarget.value)} error={fields.fittedOn} />
        <TextInput label="What it cost (£)" required inputMode="decimal" value={cost} onChange={(e) => setCost(e.currentTarget.value)} error={fields.costPence} />
        <TextInput label="Fitted by" value={fittedBy} onChange={(e) => setFittedBy(e.currentTarget.value)} error={fields.fittedBy} />
      </SimpleGrid>
      <Textarea label="Instructions given to the household" autosize minRows={2} value={instructions} onChange={(e) => setInstructions(e.currentTarget.value)} error={fields.instructions} />
    </Dialog>
  );
}

/** Record that the household refused a measure, or it will not be fitted for another reason. */
export function RefuseDialog({ measure, onClose, onSaved }: { measure: Measure; onClose(): void; onSaved(): void }) {
  const [refusedOn, setRefusedOn] = useState(todayLondon());
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason) return setFields({ reason: 'Choose the reason.' });
    setFields({});
    const r = await run(
      () => call('sanctuary.measures.refuse', { measureId: measure.id, refusedOn, reason: reason as never, note }),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Recorded as not fitted', message: measure.name });
      onSaved();
    }
  };
  return (
    <Dialog title={`${measure.name}: not fitted`} label="Measure not fitted" onClose={onClose} onSubmit={submit} busy={busy} error={error} errorTitle="Not recorded" submitLabel="Record">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label="Date" required value={refusedOn} onChange={(e) => setRefusedOn(e.currentTarget.value)} error={fields.refusedOn} />
        <Select label="Reason" required data={optionsOf(RefusalReason)} value={reason} onChange={setReason} error={fields.reason} />
      </SimpleGrid>
      <Textarea label="Note" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fields.note} />
    </Dialog>
  );
}
