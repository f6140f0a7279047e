import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { HandoverAddInputSchema } from '../../../../shared/rota/schemas/handover.schema';
import { call } from '../../api/client';
import { notify } from '../../components/notify';
import { DialogFrame } from '../rota/dialogs/DialogFrame';
import { useAction } from '../rota/use-channel';
import { CaseSearchSelect } from './CaseSearchSelect';

interface NoteRow {
  key: number;
  targetLabel: string;
  caseId: number | null;
  note: string;
}

let nextKey = 1;
const newRow = (): NoteRow => ({ key: nextKey++, targetLabel: '', caseId: null, note: '' });

/**
 * Writing a handover at the end of a shift: general notes, and a note for each household or unit
 * that needs one (optionally linked to its case). The incoming worker sees it on the home screen.
 */
export function HandoverDialog({ opened, onClose, onSaved }: { opened: boolean; onClose(): void; onSaved(): void }) {
  const [general, setGeneral] = useState('');
  const [rows, setRows] = useState<NoteRow[]>([]);
  const [fields, setFields] = useState<Record<string, string>>({});
  const action = useAction();
  const { reset } = action;

  useEffect(() => {
    if (!opened) return;
    setGeneral('');
    setRows([]);
    setFields({});
    reset();
  }, [opened, reset]);

  const update = (key: number, patch: Partial<NoteRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = async () => {
    const input = { generalNotes: general, notes: rows.map((r) => ({ targetLabel: r.targetLabel, caseId: r.caseId, note: r.note })) };
    const parsed = HandoverAddInputSchema.safeParse(input);
    if (!parsed.success) {
      const out: Record<string, string> = {};
      for (const i of parsed.error.issues) {
        const k = i.path[0] === 'notes' ? `notes.${String(i.path[1])}.${String(i.path[2])}` : String(i.path[0]);
        if (!(k in out)) out[k] = i.message;
      }
      setFields(out);
      return;
    }
    setFields({});
    const r = await action.run(() => call('handover.add', parsed.data));
    if (!r) return;
    notify({ title: 'Handover saved', message: 'The next worker sees it on the home screen until they acknowledge it.', color: 'green' });
    onSaved();
    onClose();
  };

  return (
    <DialogFrame title="Write a handover" opened={opened} onClose={onClose} confirmLabel="Save handover" busy={action.busy} error={action.error} onConfirm={() => void submit()} size="xl">
      <Textarea
        label="General notes"
        description="How the shift went, anything the next worker must know."
        autosize
        minRows={4}
        value={general}
        onChange={(e) => setGeneral(e.currentTarget.value)}
        error={fields.generalNotes}
        data-autofocus
      />
      <Stack gap="sm">
        <Text fw={600}>Notes about a household or unit</Text>
        {rows.length === 0 && <Text c="dimmed">None yet. Add one for each household or unit that needs a word.</Text>}
        {rows.map((r, i) => (
          <Paper key={r.key} withBorder p="sm" radius="md" component="fieldset" className="wm-fieldset" aria-label={`Note ${i + 1}`}>
            <Stack gap="xs">
              <Group align="flex-end" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label="Household or unit"
                  required
                  value={r.targetLabel}
                  onChange={(e) => update(r.key, { targetLabel: e.currentTarget.value })}
                  error={fields[`notes.${i}.targetLabel`]}
                />
                <ActionIcon variant="default" size="lg" aria-label={`Remove note ${i + 1}`} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                  ✕
                </ActionIcon>
              </Group>
              <CaseSearchSelect value={r.caseId} onChange={(id) => update(r.key, { caseId: id })} label="Case (optional)" />
              <Textarea label="Note" required autosize minRows={2} value={r.note} onChange={(e) => update(r.key, { note: e.currentTarget.value })} error={fields[`notes.${i}.note`]} />
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button variant="light" onClick={() => setRows((rs) => [...rs, newRow()])}>
            Add a note about a household or unit
          </Button>
        </Group>
      </Stack>
    </DialogFrame>
  );
}
