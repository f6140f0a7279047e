import { Alert, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { roleMayCall } from '../../../../../shared/ipc/permissions';
import { CASE_STAGE_LABELS } from '../../../../../shared/sanctuary/schemas/case.schema';
import { CloseReason, NotAcceptedReason } from '../../../../../shared/sanctuary/vocab.sanctuary';
import { ReferralSource, RiskLevel } from '../../../../../shared/cases/vocab';
import { useSession } from '../../../app/session';
import { FormError } from '../../../components/FormError';
import { PersonName } from '../../../components/PersonName';
import { ScreenHeader } from '../../../components/ScreenHeader';
import { openCasesView } from '../../cases/cases-nav';
import { ContactsLog, SupportPlanPanel } from '../../support';
import { labelOf, shortDate } from '../format';
import { StatusBadge } from '../StatusBadge';
import { useChannel, useReload } from '../use-channel';
import { AssessmentPanel } from './AssessmentPanel';
import { CloseDialog, ReferOnDialog } from './CaseActions';
import { ClockCards } from './ClockCards';
import { DecisionPanel } from './DecisionPanel';
import { HomePanel } from './HomePanel';
import { MeasuresPanel } from './MeasuresPanel';

const STAGE_COLOUR = { referred: 'blue', open: 'green', closed: 'gray', not_accepted: 'gray' } as const;

/**
 * One sanctuary case: its clocks, the decision (while referred), the measures, the risk
 * assessment, the home and the landlord, and the support record of the episode; and the two
 * actions that end it — closing, or referring on to safe accommodation when the home is no
 * longer safe.
 */
export function SanctuaryCaseView({ caseId, onBack }: { caseId: number; onBack(): void }) {
  const { session } = useSession();
  const [reloadKey, reload] = useReload();
  const { value: d, error } = useChannel('sanctuary.get', { caseId }, reloadKey);
  const rates = useChannel('sanctuary.rates.list', {});
  const [tab, setTab] = useState<string | null>('measures');
  const [dialog, setDialog] = useState<'refer' | 'close' | null>(null);
  const back = (
    <Button variant="default" onClick={onBack}>
      Back to the scheme
    </Button>
  );
  if (error) {
    return (
      <>
        <ScreenHeader title="Sanctuary case" actions={back} />
        <FormError message={error} title="The case could not be opened" />
      </>
    );
  }
  if (!d) return <Text c="dimmed">Loading the case…</Text>;
  const live = d.stage === 'referred' || d.stage === 'open';
  const open = d.stage === 'open';
  return (
    <>
      <ScreenHeader
        title={<PersonName name={d.displayName} />}
        description={`Sanctuary case ${d.reference} · referred by ${labelOf(ReferralSource.labels, d.source).toLowerCase()} on ${shortDate(d.receivedOn)}${d.riskLevel ? ` · ${RiskLevel.labels[d.riskLevel].toLowerCase()} risk` : ''}`}
        actions={
          <>
            {roleMayCall('cases.get', session.role) && (
              <Button variant="default" onClick={() => openCasesView({ kind: 'record', householdId: d.householdId })}>
                Case record
              </Button>
            )}
            {back}
          </>
        }
      />
      <Stack gap="lg">
        <Group gap="xs">
          <StatusBadge color={STAGE_COLOUR[d.stage]}>{CASE_STAGE_LABELS[d.stage]}</StatusBadge>
          {d.decidedOn && <Text size="sm">Decided {shortDate(d.decidedOn)}</Text>}
        </Group>
        {d.stage === 'not_accepted' && (
          <Alert color="gray" variant="light" title="Not accepted onto the scheme">
            {labelOf(NotAcceptedReason.labels, d.notAcceptedReason)}
            {d.decisionNote ? `. ${d.decisionNote}` : ''}
          </Alert>
        )}
        {d.stage === 'closed' && (
          <Alert color={d.closeReason === 'moved_to_safe_accommodation' ? 'orange' : 'gray'} variant="light" title={`Closed ${shortDate(d.closedOn)}`}>
            {labelOf(CloseReason.labels, d.closeReason)}
            {d.waitingReference ? `: referred on as ${d.waitingReference}.` : '.'}
            {d.closeNote ? ` ${d.closeNote}` : ''}
          </Alert>
        )}
        <ClockCards clocks={d.clocks} />
        {d.stage === 'referred' && <DecisionPanel caseId={d.caseId} onSaved={reload} />}
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="measures">Measures</Tabs.Tab>
            <Tabs.Tab value="assessment">Risk assessment</Tabs.Tab>
            <Tabs.Tab value="home">Home and landlord</Tabs.Tab>
            <Tabs.Tab value="support">Support</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="measures">
            {rates.value ? <MeasuresPanel detail={d} rates={rates.value.rates} editable={open} onSaved={reload} /> : <Text c="dimmed">Loading…</Text>}
          </Tabs.Panel>
          <Tabs.Panel value="assessment">
            <AssessmentPanel detail={d} editable={live} onSaved={reload} />
          </Tabs.Panel>
          <Tabs.Panel value="home">
            <HomePanel key={reloadKey} detail={d} editable={live} onSaved={reload} />
          </Tabs.Panel>
          <Tabs.Panel value="support">
            <Stack gap="xl">
              <Text size="sm" c="dimmed">
                The support and safety plan and the contacts of this episode, as on the Support & exits screen. The plan is due within 5 working days of the needs assessment.
              </Text>
              <SupportPlanPanel householdId={d.householdId} />
              <ContactsLog householdId={d.householdId} />
            </Stack>
          </Tabs.Panel>
        </Tabs>
        {open && (
          <Group justify="space-between" mt="md">
            <Button variant="default" onClick={() => setDialog('close')}>
              Close the case…
            </Button>
            <Button color="red" variant="light" onClick={() => setDialog('refer')}>
              Home no longer safe: refer to safe accommodation…
            </Button>
          </Group>
        )}
      </Stack>
      {dialog === 'refer' && (
        <ReferOnDialog
          caseId={d.caseId}
          reference={d.reference}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            reload();
          }}
        />
      )}
      {dialog === 'close' && (
        <CloseDialog
          caseId={d.caseId}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            reload();
          }}
        />
      )}
    </>
  );
}
