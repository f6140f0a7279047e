import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { DbsLevel, SpecialistRole } from '../../../../shared/staff-records/vocab.staff-records';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { PersonName } from '../../components/PersonName';
import { notify } from '../../components/notify';
import { ScreenHeader } from '../../components/ScreenHeader';
import { labelOf, optionsOf, shortDate, todayLondon } from '../sanctuary/format';
import { useChannel, useReload, useSubmit } from '../sanctuary/use-channel';

type Removal = { channel: 'staffRecords.training.remove' | 'staffRecords.dbs.remove' | 'staffRecords.fte.remove'; id: number; what: string };

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function TrainingForm({ staffId, courses, onSaved }: { staffId: number; courses: { id: number; name: string }[]; onSaved(): void }) {
  const [courseId, setCourseId] = useState<string | null>(null);
  const [attendedOn, setAttendedOn] = useState(todayLondon());
  const [expiresOn, setExpiresOn] = useState('');
  const [provider, setProvider] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!courseId) return setFields({ courseId: 'Choose a course.' });
    setFields({});
    const r = await run(
      () => call('staffRecords.training.add', { staffId, courseId: Number(courseId), attendedOn, expiresOn: expiresOn || null, provider }),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Training recorded', message: r.expiresOn ? `Valid until ${shortDate(r.expiresOn)}.` : 'It does not expire.' });
      setCourseId(null);
      setExpiresOn('');
      onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Record training">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Select label="Course" required data={courses.map((c) => ({ value: String(c.id), label: c.name }))} value={courseId} onChange={setCourseId} error={fields.courseId} searchable />
          <TextInput type="date" label="Attended on" required value={attendedOn} onChange={(e) => setAttendedOn(e.currentTarget.value)} error={fields.attendedOn} />
          <TextInput type="date" label="Certificate expires" description="Empty: from the course’s renewal period" value={expiresOn} onChange={(e) => setExpiresOn(e.currentTarget.value)} error={fields.expiresOn} />
          <TextInput label="Provider" value={provider} onChange={(e) => setProvider(e.currentTarget.value)} error={fields.provider} />
        </SimpleGrid>
        <FormError message={error} title="Not recorded" />
        <Group>
          <Button type="submit" loading={busy}>
            Record training
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DbsForm({ staffId, onSaved }: { staffId: number; onSaved(): void }) {
  const [checkedOn, setCheckedOn] = useState('');
  const [level, setLevel] = useState<string | null>('enhanced_barred');
  const [ref, setRef] = useState('');
  const [update, setUpdate] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFields({});
    const r = await run(
      () => call('staffRecords.dbs.add', { staffId, checkedOn, level: (level ?? 'enhanced') as never, certificateRef: ref, updateService: update }),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'DBS check recorded', message: `Renewal due ${shortDate(r.renewalDueOn)}.` });
      setCheckedOn('');
      setRef('');
      onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Record a DBS check">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput type="date" label="Certificate issued on" required value={checkedOn} onChange={(e) => setCheckedOn(e.currentTarget.value)} error={fields.checkedOn} />
          <Select label="Level" data={optionsOf(DbsLevel)} value={level} onChange={setLevel} allowDeselect={false} />
          <TextInput label="Certificate number" value={ref} onChange={(e) => setRef(e.currentTarget.value)} error={fields.certificateRef} />
          <Checkbox label="On the update service" checked={update} onChange={(e) => setUpdate(e.currentTarget.checked)} mt={{ md: 30 }} />
        </SimpleGrid>
        <FormError message={error} title="Not recorded" />
        <Group>
          <Button type="submit" loading={busy}>
            Record DBS check
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function FteForm({ staffId, onSaved }: { staffId: number; onSaved(): void }) {
  const [role, setRole] = useState<string | null>(null);
  const [fte, setFte] = useState<number | string>(1);
  const [fromOn, setFromOn] = useState(todayLondon());
  const [toOn, setToOn] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!role) return setFields({ role: 'Choose the role.' });
    setFields({});
    const r = await run(
      () => call('staffRecords.fte.save', { staffId, role: role as never, fte: Number(fte), fromOn, toOn: toOn || null }),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'FTE recorded', message: `${Number(fte).toFixed(2)} FTE from ${shortDate(fromOn)}.` });
      setRole(null);
      setToOn('');
      onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Record specialist FTE">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Select label="Specialist role" required data={optionsOf(SpecialistRole)} value={role} onChange={setRole} error={fields.role} />
          <NumberInput label="FTE" description="1.0 is full time" required min={0.01} max={1} step={0.1} decimalScale={2} value={fte} onChange={setFte} error={fields.fte} />
          <TextInput type="date" label="From" required value={fromOn} onChange={(e) => setFromOn(e.currentTarget.value)} error={fields.fromOn} />
          <TextInput type="date" label="Until" description="Empty: continuing" value={toOn} onChange={(e) => setToOn(e.currentTarget.value)} error={fields.toOn} />
        </SimpleGrid>
        <FormError message={error} title="Not recorded" />
        <Group>
          <Button type="submit" loading={busy}>
            Record FTE
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <ActionIcon variant="default" aria-label={label} onClick={onClick}>
      ×
    </ActionIcon>
  );
}

/** One person's training, DBS checks and specialist FTE, with forms to add to each. */
export function PersonRecords({ staffId, onBack, onChanged }: { staffId: number; onBack(): void; onChanged(): void }) {
  const [reloadKey, reload] = useReload();
  const { value, error } = useChannel('staffRecords.person', { staffId }, reloadKey);
  const matrix = useChannel('staffRecords.matrix', { includeInactive: false });
  const [removing, setRemoving] = useState<Removal | null>(null);
  const remove = useSubmit();
  const saved = () => {
    reload();
    onChanged();
  };
  const back = (
    <Button variant="default" onClick={onBack}>
      Back to staff records
    </Button>
  );
  if (error) {
    return (
      <>
        <ScreenHeader title="Staff record" actions={back} />
        <FormError message={error} title="The record could not be shown" />
      </>
    );
  }
  if (!value) return <Text c="dimmed">Loading…</Text>;
  return (
    <>
      <ScreenHeader title={<PersonName name={value.name} />} description={`Staff record: training, DBS checks and specialist FTE${value.active ? '' : ' (no longer on the staff)'}`} actions={back} />
      <Stack gap="lg">
        <Section title="Training" id="wm-person-training">
          <Table striped aria-label="Training attended" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Course</Table.Th>
                <Table.Th scope="col">Attended</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                <Table.Th scope="col">Provider</Table.Th>
                <Table.Th scope="col">
                  <Text span size="sm" fw={700}>
                    Remove
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.training.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed">No training recorded.</Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {value.training.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.courseName}</Table.Td>
                  <Table.Td>{shortDate(t.attendedOn)}</Table.Td>
                  <Table.Td>{t.expiresOn ? shortDate(t.expiresOn) : 'Does not expire'}</Table.Td>
                  <Table.Td>{t.provider || '—'}</Table.Td>
                  <Table.Td>
                    <RemoveButton label={`Remove ${t.courseName} on ${shortDate(t.attendedOn)}`} onClick={() => setRemoving({ channel: 'staffRecords.training.remove', id: t.id, what: `${t.courseName} on ${shortDate(t.attendedOn)}` })} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {matrix.value && <TrainingForm staffId={staffId} courses={matrix.value.courses} onSaved={saved} />}
        </Section>
        <Section title="Enhanced DBS checks" id="wm-person-dbs">
          <Text size="sm" c="dimmed">
            Renewed every three years.
          </Text>
          <Table striped aria-label="DBS checks" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Issued</Table.Th>
                <Table.Th scope="col">Renewal due</Table.Th>
                <Table.Th scope="col">Level</Table.Th>
                <Table.Th scope="col">Certificate</Table.Th>
                <Table.Th scope="col">
                  <Text span size="sm" fw={700}>
                    Remove
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.dbs.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed">No DBS check recorded.</Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {value.dbs.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{shortDate(d.checkedOn)}</Table.Td>
                  <Table.Td>{shortDate(d.renewalDueOn)}</Table.Td>
                  <Table.Td>{labelOf(DbsLevel.labels, d.level)}</Table.Td>
                  <Table.Td>
                    {d.certificateRef || '—'}
                    {d.updateService ? ' (update service)' : ''}
                  </Table.Td>
                  <Table.Td>
                    <RemoveButton label={`Remove the DBS check of ${shortDate(d.checkedOn)}`} onClick={() => setRemoving({ channel: 'staffRecords.dbs.remove', id: d.id, what: `the DBS check of ${shortDate(d.checkedOn)}` })} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <DbsForm staffId={staffId} onSaved={saved} />
        </Section>
        <Section title="Specialist FTE" id="wm-person-fte">
          <Text size="sm" c="dimmed">
            Time in specialist domestic abuse roles, for the annual return. A person is never more than 1.0 FTE in all.
          </Text>
          <Table striped aria-label="Specialist FTE" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">FTE</Table.Th>
                <Table.Th scope="col">From</Table.Th>
                <Table.Th scope="col">Until</Table.Th>
                <Table.Th scope="col">
                  <Text span size="sm" fw={700}>
                    Remove
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.fte.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed">No specialist FTE recorded.</Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {value.fte.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{labelOf(SpecialistRole.labels, f.role)}</Table.Td>
                  <Table.Td>{f.fte.toFixed(2)}</Table.Td>
                  <Table.Td>{shortDate(f.fromOn)}</Table.Td>
                  <Table.Td>{f.toOn ? shortDate(f.toOn) : 'Continuing'}</Table.Td>
                  <Table.Td>
                    <RemoveButton label={`Remove ${labelOf(SpecialistRole.labels, f.role)} from ${shortDate(f.fromOn)}`} onClick={() => setRemoving({ channel: 'staffRecords.fte.remove', id: f.id, what: `${labelOf(SpecialistRole.labels, f.role)} from ${shortDate(f.fromOn)}` })} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <FteForm staffId={staffId} onSaved={saved} />
        </Section>
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title="Remove this record?"
        confirmLabel="Remove"
        danger
        busy={remove.busy}
        error={remove.error}
        onCancel={() => setRemoving(null)}
        onConfirm={async () => {
          const r = await remove.run(() => call(removing!.channel, { id: removing!.id }));
          if (r) {
            setRemoving(null);
            saved();
          }
        }}
      >
        {removing ? `Remove ${removing.what}? Only remove a record made in error.` : ''}
      </ConfirmDialog>
    </>
  );
}
