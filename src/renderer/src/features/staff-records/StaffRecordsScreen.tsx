import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useReload } from '../sanctuary/use-channel';
import { CoursesAdmin } from './CoursesAdmin';
import { FteSummary } from './FteSummary';
import { PersonRecords } from './PersonRecords';
import { StaffDueList } from './StaffDueList';
import { TrainingMatrix } from './TrainingMatrix';

/**
 * Staff records, for managers and administrators: the training matrix, what is due or expired, the
 * course list, and specialist FTE for the annual return. Everyone in the rota's staff directory is
 * here, with or without an account.
 */
export function StaffRecordsScreen() {
  const [tab, setTab] = useState<string | null>('matrix');
  const [person, setPerson] = useState<number | null>(null);
  const [reloadKey, reload] = useReload();

  if (person !== null) return <PersonRecords key={person} staffId={person} onBack={() => setPerson(null)} onChanged={reload} />;

  return (
    <>
      <ScreenHeader title="Staff records" description="Training attended and when it expires, enhanced DBS checks (renewed every three years), and specialist FTE for the annual return." />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="matrix">Training matrix</Tabs.Tab>
          <Tabs.Tab value="due">Due and expired</Tabs.Tab>
          <Tabs.Tab value="courses">Courses</Tabs.Tab>
          <Tabs.Tab value="fte">Specialist FTE</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="matrix">
          <TrainingMatrix onOpen={setPerson} reloadKey={reloadKey} />
        </Tabs.Panel>
        <Tabs.Panel value="due">
          <StaffDueList onOpen={setPerson} reloadKey={reloadKey} />
        </Tabs.Panel>
        <Tabs.Panel value="courses">
          <CoursesAdmin reloadKey={reloadKey} onSaved={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="fte">
          <FteSummary reloadKey={reloadKey} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
