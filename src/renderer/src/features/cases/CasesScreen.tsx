import { Button, Kbd, SegmentedControl, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { onCasesView, takePendingView, type CasesView } from './cases-nav';
import './home/register-cases-panels';
import { IntakeForm } from './intake/IntakeForm';
import { CaseList } from './list/CaseList';
import { ContactDueList } from './lists/ContactDueList';
import { WaitingList } from './lists/WaitingList';
import { CaseRecordView } from './record/CaseRecordView';
import { useWorkers } from './use-workers';

const TITLES: Record<CasesView['kind'], string> = {
  list: 'Referrals & cases',
  intake: 'New referral',
  record: 'Case record',
  contactDue: 'First contact due',
  waiting: 'Waiting list',
};

/** The "Referrals & cases" section: the case list, intake, the lists and the case record. */
export function CasesScreen() {
  const [view, setView] = useState<CasesView>(() => takePendingView() ?? { kind: 'list' });
  const workers = useWorkers();

  useEffect(
    () =>
      onCasesView((v) => {
        takePendingView();
        setView(v);
      }),
    [],
  );

  const openRecord = (householdId: number) => setView({ kind: 'record', householdId });
  const tab = view.kind === 'record' || view.kind === 'intake' ? null : view.kind;

  return (
    <Stack gap="md">
      {view.kind !== 'record' && (
        <ScreenHeader
          key={view.kind}
          title={TITLES[view.kind]}
          description={
            view.kind === 'intake' ? 'Only the time received, the source and a name, an alias or "anonymous" are needed. The form is kept as you type.' : (
              <>
                Press <Kbd>Ctrl</Kbd> + <Kbd>K</Kbd> to open any case, <Kbd>Alt</Kbd> + <Kbd>N</Kbd> for a new referral.
              </>
            )
          }
          actions={
            view.kind === 'intake' ? (
              <Button variant="default" onClick={() => setView({ kind: 'list' })}>
                Back to cases
              </Button>
            ) : (
              <Button onClick={() => setView({ kind: 'intake' })}>New referral</Button>
            )
          }
        />
      )}
      {tab && (
        <SegmentedControl
          aria-label="Lists"
          value={tab}
          onChange={(v) => setView({ kind: v as 'list' })}
          data={[
            { value: 'list', label: 'All cases' },
            { value: 'contactDue', label: 'Contact due / overdue' },
            { value: 'waiting', label: 'Waiting list' },
          ]}
          w="fit-content"
        />
      )}
      {view.kind === 'list' && <CaseList onOpen={openRecord} workers={workers} />}
      {view.kind === 'contactDue' && <ContactDueList onOpen={(id) => setView({ kind: 'record', householdId: id })} />}
      {view.kind === 'waiting' && <WaitingList onOpen={openRecord} />}
      {view.kind === 'intake' && <IntakeForm onSaved={openRecord} onCancel={() => setView({ kind: 'list' })} />}
      {view.kind === 'record' && (
        <CaseRecordView
          key={`${view.householdId}:${view.step ?? ''}`}
          householdId={view.householdId}
          step={view.step}
          workers={workers}
          onBack={() => setView({ kind: 'list' })}
        />
      )}
    </Stack>
  );
}
