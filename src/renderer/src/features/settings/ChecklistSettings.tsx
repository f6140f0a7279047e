import { Alert, Button, FileInput, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { parseChecklistFile } from '../../../../shared/cases/checklist-wording';
import { DEFAULT_CHECKLIST, type ChecklistDefinition } from '../../../../shared/cases/dash-checklist';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { notify } from '../../components/notify';

/**
 * The risk checklist's wording (administrators): which wording is in use, loading a service's
 * own licensed wording from a JSON file (or pasted), and going back to the shipped one. The file
 * is checked here with the same rules the router applies, so problems show beside the box.
 */
export function ChecklistSettings() {
  const [current, setCurrent] = useState<ChecklistDefinition | null>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [resetting, setResetting] = useState(false);

  useEffect(() => {
    void call('risk.checklist', {}).then((r) => (r.ok ? setCurrent(r.value) : setError(errorMessage(r.error))));
  }, []);

  const choose = async (f: File | null) => {
    setFile(f);
    setProblem(null);
    if (f) setText(await f.text());
  };

  const load = async () => {
    setError(null);
    const read = parseChecklistFile(text);
    if (!read.ok) {
      setProblem(text.trim() ? read.problems.join(' ') : 'Choose or paste the checklist definition.');
      return;
    }
    setBusy(true);
    const r = await call('risk.checklistLoad', { json: text });
    setBusy(false);
    if (!r.ok) {
      if (r.error.fields?.json) setProblem(r.error.fields.json);
      else setError(errorMessage(r.error));
      return;
    }
    setCurrent(r.value);
    setText('');
    setFile(null);
    setProblem(null);
    notify({ color: 'green', title: 'Checklist loaded', message: `New assessments use “${r.value.title}”.` });
  };

  const reset = async () => {
    setBusy(true);
    const r = await call('risk.checklistReset', {});
    setBusy(false);
    setResetting(false);
    if (!r.ok) return setError(errorMessage(r.error));
    setCurrent(r.value);
    notify({ color: 'green', title: 'Shipped checklist restored', message: 'New assessments use Waymark’s own wording.' });
  };

  const shipped = current?.id === DEFAULT_CHECKLIST.id;
  return (
    <Stack>
      {current && (
        <Text role="status">
          In use: <strong>{current.title}</strong> ({shipped ? 'shipped with Waymark, in its own words' : `loaded, id ${current.id}`}).
        </Text>
      )}
      <Text size="sm" c="dimmed">
        A service that holds a licence for the published wording can load it here as a JSON file in the same shape as the shipped checklist. Only the words can change: the
        questions stay numbered 1 to 24 and {DEFAULT_CHECKLIST.highRiskThreshold} or more “yes” stays visible high risk, so earlier assessments keep their meaning. Each
        assessment records which wording it used.
      </Text>
      <FileInput label="Checklist file (.json)" placeholder="Choose a file" accept="application/json,.json" clearable value={file} onChange={(f) => void choose(f)} w={{ base: '100%', sm: 360 }} />
      <Textarea
        label="Checklist definition"
        description="Filled in from the file, or paste it here."
        autosize
        minRows={4}
        maxRows={12}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setProblem(null);
        }}
        error={problem}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <FormError message={error} title="The checklist was not changed" />
      <Group>
        <Button onClick={() => void load()} loading={busy && !resetting}>
          Load this checklist
        </Button>
        {current && !shipped && (
          <Button variant="default" onClick={() => setResetting(true)}>
            Go back to the shipped checklist
          </Button>
        )}
      </Group>
      {current && !shipped && (
        <Alert color="blue" variant="light">
          Going back changes only the words new assessments show; assessments already made keep theirs.
        </Alert>
      )}
      <ConfirmDialog
        opened={resetting}
        title="Go back to the shipped checklist?"
        confirmLabel="Go back to the shipped checklist"
        busy={busy}
        error={null}
        onConfirm={() => void reset()}
        onCancel={() => setResetting(false)}
      >
        <Text>New assessments will show Waymark’s own wording instead of “{current?.title}”.</Text>
      </ConfirmDialog>
    </Stack>
  );
}
