import { Badge, Button, Grid, Group, NavLink, Paper, Stack, Switch, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notify } from '../../components/notify';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { mergeLetter } from '../../../../shared/support/letters/merge';
import { MERGE_FIELDS, MERGE_FIELD_NAMES, sampleValues, type MergeField } from '../../../../shared/support/letters/merge-fields';
import { TemplateSaveInputSchema, type LetterSettings, type LetterTemplate } from '../../../../shared/support/schemas/letters.schema';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { fieldErrorsOf } from '../rota/dialogs/DialogFrame';
import { LetterPaper } from './LetterPaper';
import { useChannel, useReload, useSubmit } from './use-support';
import './support.css';

type Part = 'letterhead' | 'body' | 'signOff';
type Draft = { templateId: number | null; code: string; title: string; description: string; letterhead: string; body: string; signOff: string; active: boolean };

const EMPTY: Draft = { templateId: null, code: '', title: '', description: '', letterhead: '{{orgName}}\n{{orgAddress}}\n{{orgPhone}}', body: '{{today}}\n\nDear {{name}},\n\n', signOff: 'Yours sincerely,\n\n{{worker}}\n{{orgName}}', active: true };

function draftOf(t: LetterTemplate): Draft {
  return { templateId: t.id, code: t.code, title: t.title, description: t.description, letterhead: t.letterhead, body: t.body, signOff: t.signOff, active: t.active };
}

function codeFrom(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'letter'
  ).replace(/^[^a-z]/, 'l');
}

/** The values every letter shares: how to get back in touch, out-of-hours and the national helpline. */
function LetterSettingsForm({ initial, onSaved }: { initial: LetterSettings; onSaved(): void }) {
  const [v, setV] = useState(initial);
  const { busy, error, run } = useSubmit();
  useEffect(() => setV(initial), [initial]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run(() => call('letters.settings.save', v));
    if (r) {
      notify({ color: 'green', title: 'Letter settings saved', message: 'Every letter uses them from now on.' });
      onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Letter settings">
      <Stack>
        <Textarea
          label="How to get back in touch ({{getBackInTouch}})"
          description="Said in the discharge letter. Plain, warm and safe to read by anyone who finds the letter."
          autosize
          minRows={2}
          value={v.getBackInTouch}
          onChange={(e) => setV({ ...v, getBackInTouch: e.currentTarget.value })}
        />
        <Group grow>
          <TextInput label="Out-of-hours number ({{outOfHoursNumber}})" value={v.outOfHoursNumber} onChange={(e) => setV({ ...v, outOfHoursNumber: e.currentTarget.value })} />
          <TextInput label="National helpline ({{nationalHelpline}})" value={v.nationalHelpline} onChange={(e) => setV({ ...v, nationalHelpline: e.currentTarget.value })} />
        </Group>
        <FormError message={error} title="Letter settings not saved" />
        <Group>
          <Button type="submit" loading={busy}>
            Save letter settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Letter templates (administrators): the letterhead, wording and sign-off of each letter, written
 * as plain text with merge fields such as {{name}}; a live preview with made-up values; and the
 * values every letter shares.
 */
export function LetterTemplatesAdmin() {
  const [reloadKey, reload] = useReload();
  const { value, error: loadError } = useChannel('letters.templates.list', {}, reloadKey);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [focused, setFocused] = useState<Part>('body');
  const refs = { letterhead: useRef<HTMLTextAreaElement>(null), body: useRef<HTMLTextAreaElement>(null), signOff: useRef<HTMLTextAreaElement>(null) };
  const { busy, error, setError, run } = useSubmit();

  useEffect(() => {
    if (value && draft === null && value.templates[0]) setDraft(draftOf(value.templates[0]));
  }, [value, draft]);

  const sample = useMemo(() => (draft ? mergeLetter({ title: draft.title || 'Letter', letterhead: draft.letterhead, body: draft.body, signOff: draft.signOff }, sampleValues()) : null), [draft]);

  if (loadError) return <FormError message={loadError} title="Letter templates could not be shown" />;
  if (!value) return <Text c="dimmed">Loading letter templates…</Text>;

  const set = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const insert = (field: MergeField) => {
    if (!draft) return;
    const el = refs[focused].current;
    const text = draft[focused];
    const at = el ? el.selectionStart : text.length;
    const end = el ? el.selectionEnd : text.length;
    const token = `{{${field}}}`;
    set({ [focused]: text.slice(0, at) + token + text.slice(end) } as Partial<Draft>);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + token.length, at + token.length);
    });
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    const code = draft.templateId === null ? draft.code || codeFrom(draft.title) : draft.code;
    // The same rules the server holds it to (a {{field}} that is not a merge field, a missing
    // title…), checked here first so each message shows beside its field straight away.
    const parsed = TemplateSaveInputSchema.safeParse({ ...draft, code });
    if (!parsed.success) {
      setError(null);
      setFields(fieldErrorsOf(parsed.error));
      return;
    }
    setFields({});
    const r = await run(
      () => call('letters.templates.save', parsed.data),
      (f) => {
        setFields(f);
        return true;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Letter saved', message: `${r.title} is ready to use.` });
      setDraft(draftOf(r));
      reload();
    }
  };
  const textarea = (part: Part, label: string, description: string, minRows: number) => (
    <Textarea
      ref={refs[part]}
      label={label}
      description={description}
      autosize
      minRows={minRows}
      value={draft?.[part] ?? ''}
      onFocus={() => setFocused(part)}
      onChange={(e) => set({ [part]: e.currentTarget.value } as Partial<Draft>)}
      error={fields[part]}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
    />
  );

  return (
    <Stack gap="xl">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Stack gap={4}>
            <Title order={2} size="h4" mb="xs">
              Letters
            </Title>
            <nav aria-label="Letter templates">
              {value.templates.map((t) => (
                <NavLink
                  key={t.id}
                  component="button"
                  type="button"
                  label={t.title}
                  description={t.active ? undefined : 'Retired'}
                  active={draft?.templateId === t.id}
                  aria-current={draft?.templateId === t.id ? 'true' : undefined}
                  onClick={() => {
                    setDraft(draftOf(t));
                    setFields({});
                    setError(null);
                  }}
                />
              ))}
            </nav>
            <Button variant="default" mt="sm" onClick={() => setDraft({ ...EMPTY })}>
              New letter…
            </Button>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {draft && (
            <form onSubmit={save} noValidate aria-label="Edit letter template">
              <Stack>
                <Group grow align="flex-start">
                  <TextInput label="Title" required value={draft.title} onChange={(e) => set({ title: e.currentTarget.value })} error={fields.title} />
                  <TextInput
                    label="Code"
                    description={draft.templateId === null ? 'Used by the command line, e.g. “waymark letter discharge”.' : 'Cannot be changed.'}
                    value={draft.templateId === null ? draft.code || codeFrom(draft.title) : draft.code}
                    onChange={(e) => set({ code: e.currentTarget.value })}
                    readOnly={draft.templateId !== null}
                    error={fields.code}
                  />
                </Group>
                <TextInput label="What it is for" value={draft.description} onChange={(e) => set({ description: e.currentTarget.value })} error={fields.description} />
                {textarea('letterhead', 'Letterhead', 'Printed top right. One line each.', 3)}
                {textarea('body', 'Wording', 'A blank line starts a new paragraph. Merge fields are filled from the case when the letter is made.', 10)}
                {textarea('signOff', 'Sign-off', 'Printed after the wording.', 3)}
                <Switch label="In use (retired letters cannot be printed)" checked={draft.active} onChange={(e) => set({ active: e.currentTarget.checked })} />
                <FormError message={error} title="Letter not saved" />
                <Group>
                  <Button type="submit" loading={busy}>
                    Save letter
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Grid.Col>
      </Grid>
      {draft && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="xs">
              <Title order={2} size="h4">
                Merge fields
              </Title>
              <Text size="sm" c="dimmed">
                Insert puts the field where the cursor was in the letterhead, wording or sign-off.
              </Text>
              <Table aria-label="Merge fields" verticalSpacing={4}>
                <Table.Tbody>
                  {MERGE_FIELD_NAMES.map((f) => {
                    const def = MERGE_FIELDS[f] as { label: string; restricted?: boolean };
                    return (
                      <Table.Tr key={f}>
                        <Table.Td>
                          <Text ff="monospace" size="sm">{`{{${f}}}`}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{def.label}</Text>
                          {def.restricted && (
                            <Badge size="xs" color="orange" variant="light" c="var(--mantine-color-text)">
                              Managers only
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Button size="compact-xs" variant="default" onClick={() => insert(f)} aria-label={`Insert {{${f}}}`}>
                            Insert
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="xs">
              <Title order={2} size="h4">
                Preview with made-up details
              </Title>
              {sample?.ok ? <LetterPaper letter={sample.letter} label="Template preview" /> : <FormError message={sample && !sample.ok ? sample.message : null} title="Check the merge fields" />}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="sm">
          Letter settings
        </Title>
        <LetterSettingsForm initial={value.settings} onSaved={reload} />
      </Paper>
    </Stack>
  );
}
