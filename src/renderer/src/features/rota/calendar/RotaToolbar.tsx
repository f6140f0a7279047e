import { Button, Group, Menu, SegmentedControl, Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import type { StaffMember } from '../../../../../shared/rota/schemas/staff.schema';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { notify } from '../../../components/notify';
import { DialogFrame } from '../dialogs/DialogFrame';
import { saveFile } from '../../../components/save-file';
import { periodLabel, type RotaPeriod, type RotaView } from '../rota-dates';
import type { GroupBy } from './grid-model';

/** Props for RotaToolbar. */
export interface RotaToolbarProps {
  period: RotaPeriod;
  groupBy: GroupBy;
  manager: boolean;
  me: StaffMember | null;
  staff: StaffMember[];
  onView(v: RotaView): void;
  onGroupBy(g: GroupBy): void;
  onStep(dir: -1 | 1): void;
  onToday(): void;
}

type Exporter = () => ReturnType<typeof call<'rota.export.pdf'>>;

/** Week or month, rows by person or shift type, moving through time, and printing and exporting. */
export function RotaToolbar(p: RotaToolbarProps) {
  const [busy, setBusy] = useState(false);
  const [icsFor, setIcsFor] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const { from, to } = p.period;
  const unit = p.period.view;

  const run = async (what: string, fn: Exporter) => {
    setBusy(true);
    const r = await fn();
    setBusy(false);
    if (!r.ok) {
      notify({ title: `${what} failed`, message: errorMessage(r.error), color: 'red' });
      return false;
    }
    saveFile(r.value);
    notify({ title: `${what} ready`, message: `Saved as ${r.value.fileName}.`, color: 'green' });
    return true;
  };

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="wrap">
          <SegmentedControl
            aria-label="View"
            value={p.period.view}
            onChange={(v) => p.onView(v as RotaView)}
            data={[
              { value: 'week', label: 'Week' },
              { value: 'month', label: 'Month' },
            ]}
          />
          <SegmentedControl
            aria-label="Rows"
            value={p.groupBy}
            onChange={(v) => p.onGroupBy(v as GroupBy)}
            data={[
              { value: 'person', label: 'By person' },
              { value: 'shiftType', label: 'By shift type' },
            ]}
          />
        </Group>
        <Group gap="xs" wrap="wrap">
          <Button variant="default" onClick={() => p.onStep(-1)} aria-label={`Previous ${unit}`}>
            ‹ Previous
          </Button>
          <Button variant="default" onClick={p.onToday}>
            Today
          </Button>
          <Button variant="default" onClick={() => p.onStep(1)} aria-label={`Next ${unit}`}>
            Next ›
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button loading={busy}>Print and export</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void run('PDF', () => call('rota.export.pdf', { from, to }))}>Print this {unit} (PDF)</Menu.Item>
              <Menu.Item onClick={() => void run('Calendar file', () => call('rota.export.ics', { from, to }))}>Calendar file for everyone (.ics)</Menu.Item>
              {p.me && <Menu.Item onClick={() => void run('Calendar file', () => call('rota.export.ics', { from, to, staffId: p.me!.id }))}>My shifts as a calendar file (.ics)</Menu.Item>}
              <Menu.Item onClick={() => setChoosing(true)}>Calendar file for one person…</Menu.Item>
              {p.manager && <Menu.Item onClick={() => void run('Hours for payroll', () => call('rota.export.csv', { from, to }))}>Hours per person for payroll (.csv)</Menu.Item>}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Title order={2} size="h3" aria-live="polite">
        {periodLabel(p.period)}
      </Title>
      <DialogFrame
        title="Calendar file for one person"
        opened={choosing}
        onClose={() => setChoosing(false)}
        confirmLabel="Save calendar file"
        busy={busy}
        onConfirm={() => {
          if (!icsFor) return;
          void run('Calendar file', () => call('rota.export.ics', { from, to, staffId: Number(icsFor) })).then((ok) => ok && setChoosing(false));
        }}
      >
        <Select
          label="Whose shifts"
          required
          searchable
          data={p.staff.map((s) => ({ value: String(s.id), label: s.name }))}
          value={icsFor}
          onChange={setIcsFor}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
      </DialogFrame>
    </Stack>
  );
}
