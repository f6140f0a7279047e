import { useMemo, useState } from 'react';
import { financialYearOf, quarterOf, resolvePeriod, type PeriodInput } from '../../../../shared/reports/periods';

/** London's date today by the browser's clock (the period picker's default). */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The period picker's state: last financial year by default, since returns look back. */
export function usePeriod() {
  const now = today();
  const [kind, setKind] = useState<PeriodInput['kind']>('financial_year');
  const [year, setYear] = useState(financialYearOf(now) - 1);
  const [quarter, setQuarter] = useState(quarterOf(now));
  const [from, setFrom] = useState(`${financialYearOf(now)}-04-01`);
  const [to, setTo] = useState(now);
  const input: PeriodInput | null = useMemo(() => {
    if (kind === 'financial_year') return { kind, year };
    if (kind === 'quarter') return { kind, year, quarter };
    return /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && to >= from ? { kind, from, to } : null;
  }, [kind, year, quarter, from, to]);
  const label = input ? resolvePeriod(input).label : 'Choose dates';
  return { kind, setKind, year, setYear, quarter, setQuarter, from, setFrom, to, setTo, input, label, currentYear: financialYearOf(now) };
}

/** The period picker's state. */
export type PeriodState = ReturnType<typeof usePeriod>;
