import { Alert, Badge, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { roleMayCall } from '../../../../../shared/ipc/permissions';
import { useSession } from '../../../app/session';
import { FormError } from '../../../components/FormError';
import { PersonName } from '../../../components/PersonName';
import { ScreenHeader } from '../../../components/ScreenHeader';
import { SupportRecord } from '../../support';
import { riskColor, riskLabel, statusLabel } from '../labels';
import { DataRightsTab } from '../subject-access/DataRightsTab';
import { AssessmentTab } from './AssessmentTab';
import { ContactTab } from './ContactTab';
import { DecisionTab } from './DecisionTab';
import { KeyWorker } from './KeyWorker';
import { PeopleTab } from './PeopleTab';
import { RestrictDialog } from './RestrictDialog';
import { TimelineTab } from './TimelineTab';
import { useCase } from './use-case';

/** One household's case record: header with alerts, then tabs (`step: 'exit'` opens on the exit form). */
export function CaseRecordView({ householdId, step, workers, onBack }: { householdId: number; step?: 'exit'; workers: { value: string; label: string }[]; onBack: () => void }) {
  const { session } = useSession();
  const { record, error, reload } = useCase(householdId);
  const [tab, setTab] = useState<string | null>(step === 'exit' ? 'support' : 'people');
  const [restricting, setRestricting] = useState(false);
  const back = (
    <Button variant="default" onClick={onBack}>
      Back to cases
    </Button>
  );

  if (error)
    return (
      <>
        <ScreenHeader title="Case record" actions={back} />
        <FormError message={error} title="This case cannot be opened" takeFocus={false} />
      </>
    );
  if (!record)
    return (
      <>
        <ScreenHeader title="Case record" actions={back} />
        <Text c="dimmed">Loading…</Text>
      </>
    );

  const adult = record.people.find((p) => p.kind === 'adult');
  const children = record.people.filter((p) => p.kind === 'child');
  // Episodes come newest first.
  const latest = record.episodes[0];
  return (
    <Stack gap="md">
      <ScreenHeader
        title={
          <>
            Case record: <PersonName name={adult?.displayName ?? 'Anonymous'} />
          </>
        }
        description={`Reference ${record.reference}${latest ? ` · ${statusLabel(latest.status)}` : ''}${record.worker ? '' : ' · no key worker yet'}`}
        actions={
          <>
            {roleMayCall('cases.restrict', session.role) && (
              <Button variant="default" onClick={() => setRestricting(true)}>
                {record.restricted ? 'Change restriction' : 'Restrict case'}
              </Button>
            )}
            {back}
          </>
        }
      />
      <Paper withBorder p="md" aria-label="Case summary" component="section">
        <Group gap="sm" wrap="wrap">
          <Badge size="lg" color={riskColor(record.riskLevel)} variant={record.riskLevel === 'high' ? 'filled' : 'light'} c={record.riskLevel === 'high' ? undefined : 'var(--mantine-color-text)'}>
            Risk: {riskLabel(record.riskLevel)}
          </Badge>
          <Text>
            {children.length === 0 ? 'No children' : `${children.length} ${children.length === 1 ? 'child' : 'children'}`}
          </Text>
          <KeyWorker key={record.worker?.id ?? 'none'} record={record} workers={workers} onChanged={reload} />
          {record.restricted && <Badge color="grape">Restricted case</Badge>}
        </Group>
        {record.alerts.length > 0 && (
          <Stack gap={6} mt="sm" aria-label="Alerts" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {record.alerts.map((a) => (
              <li key={a.kind + a.text}>
                <Alert color={a.severity === 'danger' ? 'red' : a.severity === 'warning' ? 'orange' : 'blue'} variant="light" py={6}>
                  {a.text}
                </Alert>
              </li>
            ))}
          </Stack>
        )}
      </Paper>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List aria-label="Case record sections">
          <Tabs.Tab value="people">People</Tabs.Tab>
          <Tabs.Tab value="assessment">Assessment</Tabs.Tab>
          <Tabs.Tab value="contact">Contact</Tabs.Tab>
          <Tabs.Tab value="decision">Decision</Tabs.Tab>
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
          <Tabs.Tab value="support">Support</Tabs.Tab>
          {roleMayCall('subjectAccess.export', session.role) && <Tabs.Tab value="rights">Data rights</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="people" pt="md">
          <PeopleTab record={record} onChanged={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="assessment" pt="md">
          <AssessmentTab record={record} onChanged={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="contact" pt="md">
          <ContactTab record={record} onChanged={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="decision" pt="md">
          <DecisionTab record={record} onChanged={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <TimelineTab record={record} />
        </Tabs.Panel>
        <Tabs.Panel value="support" pt="md">
          <Title order={2} size="h3" mb="sm">
            Support
          </Title>
          <SupportRecord householdId={record.householdId} initialTab={step === 'exit' ? 'exit' : undefined} />
        </Tabs.Panel>
        <Tabs.Panel value="rights" pt="md">
          <DataRightsTab record={record} onChanged={reload} onErased={onBack} />
        </Tabs.Panel>
      </Tabs>
      {restricting && (
        <RestrictDialog
          record={record}
          workers={workers}
          onClose={() => setRestricting(false)}
          onDone={() => {
            setRestricting(false);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
