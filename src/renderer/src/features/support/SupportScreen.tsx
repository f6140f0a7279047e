import { Button, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { roleMayCall } from '../../../../shared/ipc/permissions';
import { useSession } from '../../app/session';
import { PersonName } from '../../components/PersonName';
import { ScreenHeader } from '../../components/ScreenHeader';
import { FollowUpsDueList, ReviewsDueList } from './DueLists';
import { FindCase, type ChosenCase } from './FindCase';
import { LetterTemplatesAdmin } from './LetterTemplatesAdmin';
import { SupportRecord } from './SupportRecord';
import './register-home-panel';

/**
 * Support & exits: the work lists (plan reviews and three-month follow-ups that are due), a way to
 * open any case's support record (plan, contacts, feedback, events, budget, exit, letters), and,
 * for administrators, the letter templates.
 */
export function SupportScreen() {
  const { session } = useSession();
  const [tab, setTab] = useState<string | null>('due');
  const [open, setOpen] = useState<ChosenCase | null>(null);
  const admin = roleMayCall('letters.templates.save', session.role);

  if (open) {
    return (
      <>
        <ScreenHeader
          title={<PersonName name={open.displayName} />}
          description={`Support record for case ${open.reference}`}
          actions={
            <Button variant="default" onClick={() => setOpen(null)}>
              Back to support
            </Button>
          }
        />
        <SupportRecord householdId={open.householdId} />
      </>
    );
  }

  return (
    <>
      <ScreenHeader title="Support & exits" description="Plans, contacts, budgets and exits for each household, what is due, and the letters people are given." />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="due">Due</Tabs.Tab>
          <Tabs.Tab value="find">Find a case</Tabs.Tab>
          {admin && <Tabs.Tab value="letters">Letter templates</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="due">
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="wm-reviews-due">
              <Stack gap="sm">
                <Title order={2} size="h4" id="wm-reviews-due">
                  Plan reviews due
                </Title>
                <ReviewsDueList onOpen={setOpen} />
              </Stack>
            </Paper>
            <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="wm-follow-ups-due">
              <Stack gap="sm">
                <Title order={2} size="h4" id="wm-follow-ups-due">
                  Follow-ups due
                </Title>
                <Text size="sm" c="dimmed">
                  Three months after a planned exit.
                </Text>
                <FollowUpsDueList onOpen={setOpen} />
              </Stack>
            </Paper>
          </SimpleGrid>
        </Tabs.Panel>
        <Tabs.Panel value="find">
          <FindCase onOpen={setOpen} />
        </Tabs.Panel>
        {admin && (
          <Tabs.Panel value="letters">
            <LetterTemplatesAdmin />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
