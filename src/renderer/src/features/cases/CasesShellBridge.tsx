import '@mantine/spotlight/styles.css';
import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { useEffect, useRef, useState } from 'react';
import { roleMayCall } from '../../../../shared/ipc/permissions';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { useDiscreet } from '../../components/discreet';
import { initialsOf } from '../../components/initials';
import { onReferralFromCall } from '../oncall/referral-from-call';
import { openCasesView, setCasesSectionOpener } from './cases-nav';

/*
 * Mounted once by the app shell: Ctrl+K quick-open of any case (Mantine Spotlight asking
 * cases.list with the typed text), Alt+N for a new referral, and "new referral from a call" from
 * the phone log. `onOpenCases` brings the cases section to the front.
 */
export function CasesShellBridge({ onOpenCases }: { onOpenCases: () => void }) {
  const { session } = useSession();
  const discreet = useDiscreet();
  const allowed = roleMayCall('cases.list', session.role);
  const [query, setQuery] = useState('');
  const [actions, setActions] = useState<SpotlightActionData[]>([]);
  const seq = useRef(0);

  useEffect(() => {
    setCasesSectionOpener(onOpenCases);
    return () => setCasesSectionOpener(null);
  }, [onOpenCases]);

  useEffect(() => {
    if (!allowed) return;
    return onReferralFromCall(() => {
      openCasesView({ kind: 'intake' });
      return true;
    });
  }, [allowed]);

  useEffect(() => {
    if (!allowed) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN') {
        e.preventDefault();
        openCasesView({ kind: 'intake' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [allowed]);

  useEffect(() => {
    if (!allowed) return;
    const my = ++seq.current;
    const t = window.setTimeout(() => {
      void call('cases.list', { search: query.trim(), status: null, riskLevel: null, workerId: null, receivedFrom: null, receivedTo: null, limit: 12, offset: 0 }).then((r) => {
        if (my !== seq.current || !r.ok) return;
        setActions(
          r.value.items.map((c) => ({
            id: `case-${c.householdId}-${c.referralId}`,
            label: c.hidden ? `Restricted case ${c.reference}` : `${discreet ? initialsOf(c.displayName) : c.displayName} — ${c.reference}`,
            description: c.hidden ? 'You do not have access to this case.' : `Received ${c.receivedAt.slice(0, 10)}${c.dateOfBirth && !discreet ? ` · born ${c.dateOfBirth}` : ''}`,
            disabled: c.hidden,
            onClick: () => openCasesView({ kind: 'record', householdId: c.householdId }),
          })),
        );
      });
    }, 200);
    return () => window.clearTimeout(t);
  }, [query, allowed, discreet]);

  if (!allowed) return null;
  return (
    <Spotlight
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      filter={(_q, a) => a}
      shortcut="mod + K"
      nothingFound="No case matches."
      limit={12}
      searchProps={{ placeholder: 'Find a case: name, alias, reference or date of birth', 'aria-label': 'Find a case' }}
      scrollable
      maxHeight={420}
    />
  );
}
