import { NumberInput, Radio, Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { SEXES } from '../../../../../shared/rota/schemas/common.rota';
import { STAFF_ROLES, StaffAddInputSchema, SUGGESTED_SKILLS, type StaffMember } from '../../../../../shared/rota/schemas/staff.schema';
import { call } from '../../../api/client';
import { notify } from '../../../components/notify';
import { DialogFrame, fieldErrorsOf } from '../dialogs/DialogFrame';
import { STAFF_ROLE_LABELS } from '../labels';
import { useAction, useChannel } from '../use-channel';

const SEX_LABELS: Record<(typeof SEXES)[number], string> = { female: 'Female', male: 'Male', other_or_not_stated: 'Other / not stated' };

/** The skill codes as people read them ("first_aid" → "first aid"). */
const skillLabel = (s: string) => s.replace(/_/g, ' ');
const skillCode = (s: string) => s.trim().toLowerCase().replace(/\s+/g, '_');

interface Form {
  userId: string | null;
  name: string;
  sex: (typeof SEXES)[number] | null;
  role: (typeof STAFF_ROLES)[number] | null;
  skills: string[];
  contractedHours: number | string;
  wtrOptOutDate: string;
  contactNumber: string;
}

const BLANK: Form = { userId: null, name: '', sex: null, role: null, skills: [], contractedHours: '', wtrOptOutDate: '', contactNumber: '' };

function formOf(s: StaffMember): Form {
  return {
    userId: s.userId === null ? null : String(s.userId),
    name: s.name,
    sex: s.sex,
    role: s.role,
    skills: s.skills.map(skillLabel),
    contractedHours: s.contractedHours ?? '',
    wtrOptOutDate: s.wtrOptOutDate ?? '',
    contactNumber: s.contactNumber ?? '',
  };
}

/**
 * Adding someone to the staff directory (a user account, or a sessional worker, volunteer or
 * agency cover without one) or changing their entry: sex (for "a female / male worker
 * reachable"), role, skills, contracted hours, the working-time opt-out and a contact number.
 */
export function StaffDialog({ mode, onClose, onSaved }: { mode: { kind: 'add' } | { kind: 'edit'; staff: StaffMember } | null; onClose(): void; onSaved(): void }) {
  const [form, setForm] = useState<Form>(BLANK);
  const [fields, setFields] = useState<Record<string, string>>({});
  const action = useAction();
  const { reset } = action;
  const candidates = useChannel('rota.staff.candidates', mode?.kind === 'add' ? {} : null);

  useEffect(() => {
    if (!mode) return;
    setForm(mode.kind === 'edit' ? formOf(mode.staff) : BLANK);
    setFields({});
    reset();
  }, [mode, reset]);

  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const editing = mode?.kind === 'edit';

  const chooseAccount = (v: string | null) => {
    const c = candidates.value?.find((x) => String(x.userId) === v);
    const role = c && (STAFF_ROLES as readonly string[]).includes(c.role) ? (c.role as Form['role']) : form.role;
    set({ userId: v, name: form.name || c?.displayName || '', role });
  };

  const submit = async () => {
    const fieldsIn = {
      name: form.name,
      sex: form.sex ?? undefined,
      role: form.role ?? undefined,
      skills: form.skills.map(skillCode),
      contractedHours: typeof form.contractedHours === 'number' ? form.contractedHours : null,
      wtrOptOutDate: form.wtrOptOutDate || null,
      contactNumber: form.contactNumber.trim() || null,
    };
    const parsed = StaffAddInputSchema.safeParse({ userId: form.userId ? Number(form.userId) : null, ...fieldsIn });
    if (!parsed.success) {
      setFields(fieldErrorsOf(parsed.error));
      return;
    }
    setFields({});
    const { userId, ...rest } = parsed.data;
    const r = await action.run(() => (mode?.kind === 'edit' ? call('rota.staff.update', { id: mode.staff.id, ...rest }) : call('rota.staff.add', { userId, ...rest })));
    if (!r) return;
    notify({ title: editing ? 'Details saved' : 'Added to the staff directory', message: `${r.name} can now be put on the rota.`, color: 'green' });
    onSaved();
    onClose();
  };

  return (
    <DialogFrame
      title={editing ? 'Change a person’s details' : 'Add a person'}
      opened={mode !== null}
      onClose={onClose}
      confirmLabel={editing ? 'Save' : 'Add person'}
      busy={action.busy}
      error={action.error}
      onConfirm={() => void submit()}
    >
      {!editing && (
        <Select
          label="Their Waymark account (optional)"
          description="Link the person to their account so they see their own shifts and book their own leave. Leave empty for people without one."
          clearable
          data={(candidates.value ?? []).map((c) => ({ value: String(c.userId), label: c.displayName }))}
          value={form.userId}
          onChange={chooseAccount}
          error={fields.userId}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
      )}
      <TextInput label="Name" required value={form.name} onChange={(e) => set({ name: e.currentTarget.value })} error={fields.name} />
      <Radio.Group label="Sex" description="For “a female / male worker reachable”." required value={form.sex} onChange={(v) => set({ sex: v as Form['sex'] })} error={fields.sex}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs" spacing="xs">
          {SEXES.map((s) => (
            <Radio key={s} value={s} label={SEX_LABELS[s]} className="wm-big-radio" />
          ))}
        </SimpleGrid>
      </Radio.Group>
      <Select
        label="Role"
        required
        data={STAFF_ROLES.map((r) => ({ value: r, label: STAFF_ROLE_LABELS[r] }))}
        value={form.role}
        onChange={(v) => set({ role: v as Form['role'] })}
        error={fields.role}
        comboboxProps={{ withinPortal: true }}
      />
      <TagsInput
        label="Skills"
        description="Choose or type, then Enter. Requirements can ask for a skill (a manager, a driver, a first aider)."
        data={SUGGESTED_SKILLS.map(skillLabel)}
        value={form.skills}
        onChange={(v) => set({ skills: v })}
        error={fields.skills}
        comboboxProps={{ withinPortal: true }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="Contracted hours a week"
          description="Empty for volunteers and agency cover."
          min={0}
          max={168}
          decimalScale={2}
          value={form.contractedHours}
          onChange={(v) => set({ contractedHours: v })}
          error={fields.contractedHours}
        />
        <TextInput
          type="date"
          label="48-hour opt-out signed on"
          description="Working Time Regulations; empty if none."
          value={form.wtrOptOutDate}
          onChange={(e) => set({ wtrOptOutDate: e.currentTarget.value })}
          error={fields.wtrOptOutDate}
        />
      </SimpleGrid>
      <TextInput label="Contact number" description="Seen by managers, and by colleagues while the person is on duty." value={form.contactNumber} onChange={(e) => set({ contactNumber: e.currentTarget.value })} error={fields.contactNumber} />
    </DialogFrame>
  );
}
