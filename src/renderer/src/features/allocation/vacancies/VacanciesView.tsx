import { Alert, Button, Group, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { shortDay } from '../../../../../shared/allocation/nights';
import type { Vacancy } from '../../../../../shared/allocation/schemas/vacancy.schema';
import { VACANCY_COLUMNS, vacancyText } from '../../../../../shared/allocation/vacancies';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';

/** Copies text: the clipboard API, else a selected text area (older or locked-down set-ups). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * Vacancies for any night, as they may be shared with the national vacancy directory: what each
 * free unit is and whom it can take, never where it is.
 */
export function VacanciesView() {
  const [date, setDate] = useState<string | null>(null);
  const [list, setList] = useState<{ date: string; vacancies: Vacancy[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call('vacancies.list', { date }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setList(r.value);
        setError(null);
        if (date === null) setDate(r.value.date);
      } else setError(errorMessage(r.error));
    });
    return () => {
      live = false;
    };
  }, [date]);

  const copy = async () => {
    if (!list) return;
    const text = vacancyText(list.date, list.vacancies);
    if (await copyText(text)) {
      setFallback(null);
      notifications.show({ color: 'green', title: 'Copied', message: `${list.vacancies.length} vacancies for ${shortDay(list.date)} are on the clipboard. No addresses are included.` });
    } else setFallback(text);
  };

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput type="date" label="Night" value={date ?? ''} onChange={(e) => setDate(e.currentTarget.value || null)} w={200} />
        <Button onClick={() => void copy()} disabled={!list || list.vacancies.length === 0}>
          Copy for the vacancy directory
        </Button>
      </Group>
      <Text c="dimmed">Never an address or area: only what a referrer needs to know whether to call.</Text>
      {error && (
        <Alert color="red" role="alert" title="Vacancies could not be loaded">
          {error}
        </Alert>
      )}
      {fallback && <Textarea label="Copy this text (the clipboard is not available)" value={fallback} readOnly autosize minRows={4} />}
      {list && (
        <Table striped withTableBorder highlightOnHover aria-label={`Vacancies for the night of ${shortDay(list.date)}`}>
          <Table.Caption>
            {list.vacancies.length === 0 ? 'No unit is free that night.' : `${list.vacancies.length} ${list.vacancies.length === 1 ? 'unit' : 'units'} free on the night of ${shortDay(list.date)}`}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {VACANCY_COLUMNS.map((c) => (
                <Table.Th key={c.header} scope="col">
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.vacancies.map((v) => (
              <Table.Tr key={v.unitId}>
                {VACANCY_COLUMNS.map((c) => (
                  <Table.Td key={c.header}>{c.value(v)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
