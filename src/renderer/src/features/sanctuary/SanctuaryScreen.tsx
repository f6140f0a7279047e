import { Button, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { SanctuaryCaseView } from './case/SanctuaryCaseView';
import { SanctuaryCaseList } from './CaseList';
import { SanctuaryDueList } from './DueList';
import { RatesAdmin } from './RatesAdmin';
import { ReferDialog } from './ReferDialog';
import { WorkingDaysAdmin } from './WorkingDaysAdmin';
import './register-home-panel';

/**
 * The sanctuary scheme: what is due and overdue (in working days), the cases, the schedule of
 * rates and the working-day calendar; a new referral; and each case's record.
 */
export function SanctuaryScreen() {
  const [tab, setTab] = useState<string | null>('due');
  const [openCase, setOpenCase] = useState<number | null>(null);
  const [referring, setReferring] = useState(false);

  if (openCase !== null) return <SanctuaryCaseView key={openCase} caseId={openCase} onBack={() => setOpenCase(null)} />;

  return (
    <>
      <ScreenHeader
        title="Sanctuary scheme"
        description="Helping people stay safely in their own homes: referrals, risk assessments, measures and the council’s approvals, and what is due."
        actions={<Button onClick={() => setReferring(true)}>New sanctuary referral</Button>}
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="due">Due and overdue</Tabs.Tab>
          <Tabs.Tab value="cases">Cases</Tabs.Tab>
          <Tabs.Tab value="rates">Schedule of rates</Tabs.Tab>
          <Tabs.Tab value="calendar">Working days</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="due">
          <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="wm-sanctuary-due">
            <Stack gap="sm">
              <Title order={2} size="h4" id="wm-sanctuary-due">
                Due and overdue
              </Title>
              <Text size="sm" c="dimmed">
                Risk assessment started within 2 working days of the referral; support and safety plan within 5 of the needs assessment; measures fitted within 5 of approval.
              </Text>
              <SanctuaryDueList onOpen={setOpenCase} />
            </Stack>
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="cases">
          <SanctuaryCaseList onOpen={setOpenCase} />
        </Tabs.Panel>
        <Tabs.Panel value="rates">
          <RatesAdmin />
        </Tabs.Panel>
        <Tabs.Panel value="calendar">
          <WorkingDaysAdmin />
        </Tabs.Panel>
      </Tabs>
      {referring && <ReferDialog opened onClose={() => setReferring(false)} onReferred={setOpenCase} />}
    </>
  );
}
