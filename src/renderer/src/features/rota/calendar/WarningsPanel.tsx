import { Badge, Button, Stack, Table, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Warning } from '../../../../../shared/rota/schemas/resolved.schema';
import { call } from '../../../api/client';
import { dateTime } from '../../../components/format';
import { notify } from '../../../components/notify';
import { PersonName } from '../../../components/PersonName';
import { useDiscreet } from '../../../components/discreet';
import { discreetText } from './conflict-text';
import { DialogFrame } from '../dialogs/DialogFrame';
import { BADGE_COLOURS, WTR_RULE_LABELS } from '../labels';
import { fullSpanLabel } from '../rota-dates';
import { useAction } from '../use-channel';
import { ScrollTable } from '../ScrollTable';

/** Going ahead despite a working-time warning, with the manager's reason (audited). */
function OverrideDialog({ warning, name, onClose, onDone }: { warning: Warning | null; name: string; onClose(): void; onDone(): void }) {
  const [comment, setComment] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const action = useAction();
  const { reset } = action;
  useEffect(() => {
    setComment('');
    setFieldError(null);
    reset();
  }, [warning, reset]);
  const submit = async () => {
    if (!warning) return;
    if (!comment.trim()) {
      setFieldError('Say why it is right to go ahead.');
      return;
    }
    const r = await action.run(() => call('rota.warnings.override', { keys: warning.keys, comment }));
    if (!r) return;
    notify({ title: 'Warning overridden', message: 'Your reason is recorded with the rota and in the audit log.', color: 'green' });
    onDone();
    onClose();
  };
  return (
    <DialogFrame title="Go ahead despite the warning" opened={warning !== null} onClose={onClose} confirmLabel="Record and go ahead" busy={action.busy} error={action.error} onConfirm={() => void submit()}>
      {warning && (
        <Stack gap={4}>
          <Text fw={700}>
            {WTR_RULE_LABELS[warning.rule]}: {name}
          </Text>
          <Text>{warning.message}</Text>
        </Stack>
      )}
      <Textarea
        label="Why it is right to go ahead"
        description="For example: she asked for the extra shift and has a long rest after it. Kept with the rota and in the audit log."
        required
        autosize
        minRows={3}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        error={fieldError}
        data-autofocus
      />
    </DialogFrame>
  );
}

/**
 * Working Time Regulations warnings for the period (managers only): less than 11 hours' rest,
 * no weekly rest, an average over 48 hours without an opt-out, night work over 8 hours in 24.
 * Each can be overridden with a comment; overridden ones say who decided and why.
 */
export function WarningsPanel({ warnings, names, highlight, onChanged }: { warnings: Warning[]; names: Map<number, string>; highlight: Set<string>; onChanged(): void }) {
  const discreet = useDiscreet();
  const [overriding, setOverriding] = useState<Warning | null>(null);
  if (warnings.length === 0) return <Text c="dimmed">No working-time warnings in this period.</Text>;
  return (
    <>
      <ScrollTable label="Working-time warnings" minWidth={760}>
        <Table verticalSpacing="sm" aria-label="Working-time warnings">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Who</Table.Th>
              <Table.Th scope="col">Warning</Table.Th>
              <Table.Th scope="col">When</Table.Th>
              <Table.Th scope="col">Decision</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {warnings.map((w) => {
              const key = w.keys.join(',');
              return (
                <Table.Tr key={key} data-new={highlight.has(key) || undefined} className="wm-warning-row">
                  <Table.Td>
                    <PersonName name={names.get(w.staffId) ?? 'Someone'} fw={600} />
                  </Table.Td>
                  <Table.Td>
                    <Text fw={600}>
                      {WTR_RULE_LABELS[w.rule]}
                      {highlight.has(key) && (
                        <Badge ml="xs" color={BADGE_COLOURS.attention} variant="filled">
                          New
                        </Badge>
                      )}
                    </Text>
                    <Text size="sm">{discreetText(w.message, names.get(w.staffId), discreet)}</Text>
                  </Table.Td>
                  <Table.Td>{fullSpanLabel(w.startLocal, w.endLocal)}</Table.Td>
                  <Table.Td>
                    {w.overridden ? (
                      <Stack gap={2}>
                        <Text size="sm" fw={600}>
                          Gone ahead
                        </Text>
                        {w.overrides.slice(0, 1).map((o) => (
                          <Text size="sm" key={o.key}>
                            “{o.comment}” ({dateTime(o.at)})
                          </Text>
                        ))}
                      </Stack>
                    ) : (
                      <Button variant="default" onClick={() => setOverriding(w)}>
                        Go ahead anyway…
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <OverrideDialog warning={overriding} name={overriding ? (names.get(overriding.staffId) ?? 'Someone') : ''} onClose={() => setOverriding(null)} onDone={onChanged} />
    </>
  );
}
