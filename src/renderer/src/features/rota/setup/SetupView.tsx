import { Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Requirement, ShiftType } from '../../../../../shared/rota/schemas/shift-type.schema';
import type { StaffMember } from '../../../../../shared/rota/schemas/staff.schema';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { useSession } from '../../../app/session';
import { notify } from '../../../components/notify';
import { PersonName } from '../../../components/PersonName';
import { COVER_ROLE_LABELS, SHIFT_KIND_LABELS, STAFF_ROLE_LABELS, WEEKDAY_SHORT } from '../labels';
import { managesRota } from '../rota-roles';
import { ScrollTable } from '../ScrollTable';
import { useChannel } from '../use-channel';
import { useTopicReload } from '../use-reload';
import { RequirementDialog } from './RequirementDialog';
import { ShiftTypeDialog } from './ShiftTypeDialog';
import { StaffDialog } from './StaffDialog';

const SEX = { female: 'Female', male: 'Male', other_or_not_stated: 'Other / not stated' } as const;

function days(d: number[]): string {
  if (d.length === 7) return 'every day';
  if (d.join() === '1,2,3,4,5') return 'Mon–Fri';
  return d.map((x) => WEEKDAY_SHORT[x - 1]).join(', ');
}

function Off() {
  return (
    <Badge variant="default">
      Not in use
    </Badge>
  );
}

/**
 * Staff and shifts: the staff directory (people with and without accounts), the shift types the
 * service runs, and the coverage requirements that gaps are measured against. Managers change
 * them; everyone else can read who is who.
 */
export function SetupView() {
  const { session } = useSession();
  const manager = managesRota(session.role);
  const { reloadKey, changed } = useTopicReload('rota');
  const staff = useChannel('rota.staff.list', { includeInactive: true }, reloadKey);
  const types = useChannel('rota.shiftTypes.list', {}, reloadKey);
  const reqs = useChannel('rota.requirements.list', {}, reloadKey);
  const [staffDialog, setStaffDialog] = useState<{ kind: 'add' } | { kind: 'edit'; staff: StaffMember } | null>(null);
  const [typeDialog, setTypeDialog] = useState<{ kind: 'add' } | { kind: 'edit'; type: ShiftType } | null>(null);
  const [reqDialog, setReqDialog] = useState<{ kind: 'add' } | { kind: 'edit'; requirement: Requirement } | null>(null);
  const typeNames = new Map((types.value ?? []).map((t) => [t.id, t.name]));

  const setActive = async (s: StaffMember, active: boolean) => {
    const r = await call('rota.staff.setActive', { id: s.id, active });
    if (!r.ok) {
      notify({ title: 'Nothing was changed', message: errorMessage(r.error), color: 'red' });
      return;
    }
    notify({ title: active ? 'Back on the rota' : 'Taken off the rota', message: active ? `${s.name} can be rostered again.` : `Past shifts keep ${s.name}’s name; rotations skip them from now.`, color: 'green' });
    changed();
  };

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Staff directory
          </Title>
          {manager && <Button onClick={() => setStaffDialog({ kind: 'add' })}>Add a person</Button>}
        </Group>
        {staff.error && <Text c="var(--mantine-color-red-text)">{staff.error}</Text>}
        {!staff.value && !staff.error && <Loader size="sm" aria-label="Loading the staff directory" />}
        {staff.value && staff.value.length === 0 && <Text c="dimmed">Nobody yet. Add the people who work shifts, with or without a Waymark account.</Text>}
        {staff.value && staff.value.length > 0 && (
          <ScrollTable label="Staff directory" minWidth={900}>
            <Table striped verticalSpacing="sm" aria-label="Staff directory">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">Sex</Table.Th>
                  <Table.Th scope="col">Skills</Table.Th>
                  <Table.Th scope="col">Hours a week</Table.Th>
                  {manager && <Table.Th scope="col">Contact</Table.Th>}
                  {manager && (
                    <Table.Th scope="col">
                      <span className="wm-visually-hidden">Actions</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {staff.value.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Th scope="row" fw={600} id={`staff-${s.id}`}>
                      <PersonName name={s.name} />
                      {!s.active && (
                        <Text span ml="xs">
                          <Off />
                        </Text>
                      )}
                      <Text size="sm" c="dimmed" fw={400}>
                        {s.userId !== null ? 'Has an account' : 'No account'}
                      </Text>
                    </Table.Th>
                    <Table.Td>{STAFF_ROLE_LABELS[s.role]}</Table.Td>
                    <Table.Td>{SEX[s.sex]}</Table.Td>
                    <Table.Td>{s.skills.map((k) => k.replace(/_/g, ' ')).join(', ') || '—'}</Table.Td>
                    <Table.Td>
                      {s.contractedHours ?? '—'}
                      {s.wtrOptOutDate && (
                        <Text size="sm" c="dimmed">
                          48-hour opt-out {s.wtrOptOutDate}
                        </Text>
                      )}
                    </Table.Td>
                    {manager && <Table.Td ff="monospace">{s.contactNumber ?? '—'}</Table.Td>}
                    {manager && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {/* Described by the row's name (initials in discreet mode), never a label with the full name. */}
                          <Button variant="default" onClick={() => setStaffDialog({ kind: 'edit', staff: s })} aria-describedby={`staff-${s.id}`}>
                            Change
                          </Button>
                          <Button variant="default" onClick={() => void setActive(s, !s.active)} aria-describedby={`staff-${s.id}`}>
                            {s.active ? 'Take off the rota' : 'Put back on the rota'}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>

      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Shift types
          </Title>
          {manager && <Button onClick={() => setTypeDialog({ kind: 'add' })}>Add a shift type</Button>}
        </Group>
        {types.value && types.value.length === 0 && <Text c="dimmed">No shift types yet: add the office day, evenings, nights, on-call phone and manager on call.</Text>}
        {types.value && types.value.length > 0 && (
          <ScrollTable label="Shift types" minWidth={760}>
            <Table striped verticalSpacing="sm" aria-label="Shift types">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Shift type</Table.Th>
                  <Table.Th scope="col">Usual times</Table.Th>
                  <Table.Th scope="col">Covers</Table.Th>
                  <Table.Th scope="col">Working time</Table.Th>
                  {manager && (
                    <Table.Th scope="col">
                      <span className="wm-visually-hidden">Actions</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {types.value.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Th scope="row" fw={600}>
                      {t.name} {!t.active && <Off />}
                      <Text size="sm" c="dimmed" fw={400}>
                        {SHIFT_KIND_LABELS[t.kind]}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      {t.defaultStart}–{t.defaultEnd}
                    </Table.Td>
                    <Table.Td>{t.covers.map((c) => COVER_ROLE_LABELS[c]).join(', ')}</Table.Td>
                    <Table.Td>
                      {t.countsAsWorkingTime ? 'Yes' : 'No'}
                      {t.nightWork ? ', night work' : ''}
                    </Table.Td>
                    {manager && (
                      <Table.Td>
                        <Button variant="default" onClick={() => setTypeDialog({ kind: 'edit', type: t })} aria-label={`Change ${t.name}`}>
                          Change
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>

      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Coverage requirements
          </Title>
          {manager && <Button onClick={() => setReqDialog({ kind: 'add' })}>Add a requirement</Button>}
        </Group>
        {reqs.value && reqs.value.length === 0 && <Text c="dimmed">No requirements yet, so no gaps can be found. Add, for example, “a female worker reachable at all times”.</Text>}
        {reqs.value && reqs.value.length > 0 && (
          <ScrollTable label="Coverage requirements" minWidth={760}>
            <Table striped verticalSpacing="sm" aria-label="Coverage requirements">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Requirement</Table.Th>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Who counts</Table.Th>
                  {manager && (
                    <Table.Th scope="col">
                      <span className="wm-visually-hidden">Actions</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reqs.value.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Th scope="row" fw={600}>
                      {r.label} {!r.active && <Off />}
                    </Table.Th>
                    <Table.Td>
                      {r.from === r.to ? 'All day' : `${r.from}–${r.to}`}, {days(r.daysOfWeek)}
                    </Table.Td>
                    <Table.Td>
                      At least {r.minPeople}
                      {r.requiredSex ? ` ${r.requiredSex}` : ''} {r.minPeople === 1 ? 'person' : 'people'}
                      {r.shiftTypeId !== null ? ` on ${typeNames.get(r.shiftTypeId) ?? 'a shift'}` : ' on any shift'}
                      {r.requiredSkill ? `, with ${r.requiredSkill.replace(/_/g, ' ')}` : ''}
                    </Table.Td>
                    {manager && (
                      <Table.Td>
                        <Button variant="default" onClick={() => setReqDialog({ kind: 'edit', requirement: r })} aria-label={`Change ${r.label}`}>
                          Change
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>

      <StaffDialog mode={staffDialog} onClose={() => setStaffDialog(null)} onSaved={changed} />
      <ShiftTypeDialog mode={typeDialog} onClose={() => setTypeDialog(null)} onSaved={changed} />
      <RequirementDialog mode={reqDialog} shiftTypes={types.value ?? []} onClose={() => setReqDialog(null)} onSaved={changed} />
    </Stack>
  );
}
