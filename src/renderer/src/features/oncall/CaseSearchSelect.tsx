import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';

/** A case to link, as the select shows it. */
interface CaseOption {
  value: string;
  label: string;
}

/**
 * Search for the case a call or handover note concerns (by name or reference), or leave it
 * empty for none. The case's id is the household's (what the case record opens by).
 */
export function CaseSearchSelect({
  value,
  onChange,
  label = 'Case it concerns',
  initialLabel,
}: {
  value: number | null;
  onChange(id: number | null): void;
  label?: string;
  /** How to show an already linked case before any search: its reference (C-000123). */
  initialLabel?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [options, setOptions] = useState<CaseOption[]>(value !== null && initialLabel ? [{ value: String(value), label: initialLabel }] : []);
  const [unavailable, setUnavailable] = useState(false);

  // A dialog opens empty and then fills in the call being corrected: show its case by reference.
  useEffect(() => {
    if (value === null || !initialLabel) return;
    setOptions((prev) => (prev.some((o) => o.value === String(value)) ? prev : [{ value: String(value), label: initialLabel }, ...prev]));
  }, [value, initialLabel]);

  useEffect(() => {
    let live = true;
    const term = debounced.trim();
    if (term.length < 2) return;
    void call('cases.list', { search: term, limit: 20 }).then((r) => {
      if (!live) return;
      if (!r.ok) {
        setUnavailable(true);
        return;
      }
      setUnavailable(false);
      const found = r.value.items
        .filter((c) => !c.hidden)
        .map((c) => ({ value: String(c.householdId), label: `${c.displayName} (${c.reference})` }));
      setOptions((prev) => {
        const chosen = prev.filter((o) => o.value === String(value));
        return [...chosen, ...found.filter((f) => f.value !== String(value))];
      });
    });
    return () => {
      live = false;
    };
  }, [debounced, value]);

  return (
    <Select
      label={label}
      description={unavailable ? 'Cases cannot be searched just now; leave it empty and add the case later.' : 'Type two letters of a name or reference. Leave empty if none.'}
      placeholder="None"
      searchable
      clearable
      data={options}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={debounced.trim().length < 2 ? 'Type to search' : 'No case found'}
      filter={({ options: opts }) => opts}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
