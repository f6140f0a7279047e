import { Badge, Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { CaseRecord, } from '../../../../../shared/cases/schemas/case-record';
import { ChildProfileSchema, type Person } from '../../../../../shared/cases/schemas/people';
import { COURT_ORDER_LABELS, CourtOrderInputSchema, CourtOrderKind, PerpetratorInputSchema } from '../../../../../shared/cases/schemas/perpetrator';
import { Relationship, Sex } from '../../../../../shared/cases/vocab';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { PersonName } from '../../../components/PersonName';
import { useSession } from '../../../app/session';
import { roleMayCall } from '../../../../../shared/ipc/permissions';
import { labelOf, optionsOf } from '../labels';
import { AdultProfileForm } from './AdultProfileForm';
import { RemoveChildDialog } from './RemoveChildDialog';

const issuesToErrors = (issues: { path: PropertyKey[]; message: string }[]) => Object.fromEntries(issues.map((i) => [String(i.path[0]), i.message]));

/** The household's people: the adult, the children, and the person causing harm. */
export function PeopleTab({ record, onChanged }: { record: CaseRecord; onChanged: () => void }) {
  const adult = record.people.find((p) => p.kind === 'adult');
  const children = record.people.filter((p) => p.kind === 'child');
  return (
    <Stack gap="lg">
      <AdultProfileForm key={adult?.id} householdId={record.householdId} adult={adult} onChanged={onChanged} />
      <Children householdId={record.householdId} children={children} onChanged={onChanged} />
      <Perpetrators record={record} onChanged={onChanged} />
    </Stack>
  );
}

function Children({ householdId, children, onChanged }: { householdId: number; children: Person[]; onChanged: () => void }) {
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [removing, setRemoving] = useState<Person | null>(null);
  const { session } = useSession();
  const mayRemove = roleMayCall('cases.removeChild', session.role);
  return (
    <Fieldset legend="Children">
      <Stack gap="sm">
        {children.length === 0 && <Text c="dimmed">No children recorded.</Text>}
        {children.length > 0 && (
          <Table aria-label="Children">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name or initials</Table.Th>
                <Table.Th>Date of birth / age</Table.Th>
                <Table.Th>Sex</Table.Th>
                <Table.Th>With her now</Table.Th>
                <Table.Th>{mayRemove ? 'Actions' : 'Edit'}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {children.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <PersonName name={c.displayName} />
                  </Table.Td>
                  <Table.Td>{c.dateOfBirth ?? (c.ageYears !== null ? `${c.ageYears} years` : 'Not known')}</Table.Td>
                  <Table.Td>{labelOf(Sex.labels, c.sex)}</Table.Td>
                  <Table.Td>{c.withAdult ? 'Yes' : 'No'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="compact-sm" variant="default" onClick={() => setEditing(c)} aria-label={`Edit child ${children.indexOf(c) + 1}`}>
                        Edit
                      </Button>
                      {mayRemove && (
                        <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRemoving(c)} aria-label={`Remove child ${children.indexOf(c) + 1} (added in error)`}>
                          Remove (added in error)
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {editing ? (
          <ChildForm
            key={editing === 'new' ? 'new' : editing.id}
            householdId={householdId}
            child={editing === 'new' ? null : editing}
            onDone={() => {
              setEditing(null);
              onChanged();
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <Button w="fit-content" variant="default" onClick={() => setEditing('new')}>
            Add a child
          </Button>
        )}
        {removing && (
          <RemoveChildDialog
            householdId={householdId}
            child={removing}
            onClose={() => setRemoving(null)}
            onDone={() => {
              setRemoving(null);
              if (editing !== null && editing !== 'new' && editing.id === removing.id) setEditing(null);
              onChanged();
            }}
          />
        )}
      </Stack>
    </Fieldset>
  );
}

function ChildForm({ householdId, child, onDone, onCancel }: { householdId: number; child: Person | null; onDone: () => void; onCancel: () => void }) {
  const [name, setName] = useState(child?.name || child?.displayName || '');
  const [dob, setDob] = useState(child?.dateOfBirth ?? '');
  const [age, setAge] = useState(child?.ageYears !== null && child?.ageYears !== undefined ? String(child.ageYears) : '');
  const [sex, setSex] = useState(child?.sex ?? 'not_known');
  const [school, setSchool] = useState(child?.school ?? '');
  const [needs, setNeeds] = useState(child?.needs ?? '');
  const [withAdult, setWithAdult] = useState(child?.withAdult ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = async () => {
    const parsed = ChildProfileSchema.safeParse({
      nameOrInitials: name,
      dateOfBirth: dob || null,
      ageYears: age.trim() === '' ? null : Number(age),
      sex,
      ...(child ? { genderIdentity: child.genderIdentity, ethnicity: child.ethnicity, disability: child.disability } : {}),
      school: child?.schoolHidden ? '' : school,
      needs,
      withAdult,
    });
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues));
    const r = await call('cases.saveChild', { householdId, childId: child?.id ?? null, profile: parsed.data });
    if (!r.ok) {
      if (r.error.fields) setErrors(Object.fromEntries(Object.entries(r.error.fields).map(([k, m]) => [k.replace(/^profile\./, ''), m])));
      else setFormError(errorMessage(r.error));
      return;
    }
    notify({ title: 'Child saved', message: 'The child’s details are saved.', color: 'green' });
    onDone();
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput label="Child’s name or initials" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.nameOrInitials} />
        <TextInput label="Child’s date of birth" type="date" value={dob} onChange={(e) => setDob(e.currentTarget.value)} error={errors.dateOfBirth} />
        <TextInput label="Child’s age (if no date of birth)" value={age} onChange={(e) => setAge(e.currentTarget.value)} error={errors.ageYears} />
        <NativeSelect label="Child’s sex" data={optionsOf(Sex)} value={sex} onChange={(e) => setSex(e.currentTarget.value)} />
      </SimpleGrid>
      {child?.schoolHidden ? (
        <Text size="sm" c="dimmed">School or nursery: restricted.</Text>
      ) : (
        <TextInput label="School or nursery (restricted)" value={school} onChange={(e) => setSchool(e.currentTarget.value)} error={errors.school} />
      )}
      <Textarea label="Child’s needs" autosize minRows={1} value={needs} onChange={(e) => setNeeds(e.currentTarget.value)} error={errors.needs} />
      <Checkbox label="With her now" checked={withAdult} onChange={(e) => setWithAdult(e.currentTarget.checked)} />
      <FormError message={formError} />
      <Group>
        <Button onClick={() => void save()}>Save child</Button>
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

function Perpetrators({ record, onChanged }: { record: CaseRecord; onChanged: () => void }) {
  const p = record.perpetrators[0];
  const [name, setName] = useState(p?.nameOrDescription ?? '');
  const [sex, setSex] = useState(p?.sex ?? 'not_known');
  const [relationship, setRelationship] = useState(p?.relationship ?? 'not_known');
  const [risks, setRisks] = useState(p?.knownRisks ?? '');
  const [areas, setAreas] = useState((p?.avoidAreas ?? []).join(', '));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = async () => {
    const avoidAreas = areas.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
    const parsed = PerpetratorInputSchema.safeParse({ householdId: record.householdId, perpetratorId: p?.id ?? null, nameOrDescription: name, sex, relationship, knownRisks: risks, avoidAreas });
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues));
    const r = await call('cases.savePerpetrator', parsed.data);
    if (!r.ok) {
      if (r.error.fields) setErrors(r.error.fields);
      else setFormError(errorMessage(r.error));
      return;
    }
    notify({ title: 'Saved', message: 'The perpetrator’s details are saved.', color: 'green' });
    onChanged();
  };
  return (
    <Fieldset legend="Person causing harm">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Name or description" value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.nameOrDescription} />
          <NativeSelect label="Their sex" data={optionsOf(Sex)} value={sex} onChange={(e) => setSex(e.currentTarget.value)} />
          <NativeSelect label="Relationship" data={optionsOf(Relationship)} value={relationship} onChange={(e) => setRelationship(e.currentTarget.value)} />
        </SimpleGrid>
        <TextInput
          label="Areas and postcodes to keep away from"
          description="Separate with commas, e.g. B12, B12 9, Sparkbrook (used by allocation)"
          value={areas}
          onChange={(e) => setAreas(e.currentTarget.value)}
          error={errors.avoidAreas}
        />
        <Textarea label="Known risks" autosize minRows={2} value={risks} onChange={(e) => setRisks(e.currentTarget.value)} error={errors.knownRisks} />
        <FormError message={formError} />
        <Button w="fit-content" onClick={() => void save()}>
          Save person causing harm
        </Button>
        {p && <CourtOrders perpetratorId={p.id} orders={p.courtOrders} onChanged={onChanged} />}
      </Stack>
    </Fieldset>
  );
}

function CourtOrders({ perpetratorId, orders, onChanged }: { perpetratorId: number; orders: CaseRecord['perpetrators'][number]['courtOrders']; onChanged: () => void }) {
  const [kind, setKind] = useState<string>('non_molestation');
  const [madeOn, setMadeOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    const parsed = CourtOrderInputSchema.safeParse({ perpetratorId, courtOrderId: null, kind, madeOn: madeOn || null, expiresOn: expiresOn || null, notes: '' });
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues));
    const r = await call('cases.saveCourtOrder', parsed.data);
    if (!r.ok) return setErrors(r.error.fields ?? { kind: errorMessage(r.error) });
    setErrors({});
    onChanged();
  };
  return (
    <Stack gap="xs">
      <Text fw={600}>Court orders</Text>
      {orders.length === 0 && <Text c="dimmed" size="sm">None recorded.</Text>}
      {orders.map((o) => (
        <Group key={o.id} gap="xs">
          <Text size="sm">
            {COURT_ORDER_LABELS[o.kind]}: made {o.madeOn ?? 'date not known'}, expires {o.expiresOn ?? 'date not known'}
          </Text>
          {o.expired && <Badge color="gray">Expired</Badge>}
        </Group>
      ))}
      <Group align="flex-start">
        <NativeSelect label="Order" data={CourtOrderKind.options.map((k) => ({ value: k, label: COURT_ORDER_LABELS[k] }))} value={kind} onChange={(e) => setKind(e.currentTarget.value)} error={errors.kind} />
        <TextInput label="Made on" type="date" value={madeOn} onChange={(e) => setMadeOn(e.currentTarget.value)} error={errors.madeOn} />
        <TextInput label="Expires on" type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.currentTarget.value)} error={errors.expiresOn} />
        <Button mt={25} variant="default" onClick={() => void save()}>
          Add court order
        </Button>
      </Group>
    </Stack>
  );
}
