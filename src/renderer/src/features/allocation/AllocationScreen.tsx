import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import './allocation.css';
import { AllocationBoard } from './board/AllocationBoard';
import './home/register-free-tonight';
import { UnitsRegister } from './units/UnitsRegister';
import { VacanciesView } from './vacancies/VacanciesView';

/** Allocation: the night-time board, vacancies for the directory, and the units register. */
export function AllocationScreen() {
  const [tab, setTab] = useState<string | null>('board');
  return (
    <>
      <ScreenHeader title="Allocation" description="Which units are free tonight, which suit the household you are placing, and every stay, hold and repair." />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="board">Board</Tabs.Tab>
          <Tabs.Tab value="vacancies">Vacancies</Tabs.Tab>
          <Tabs.Tab value="units">Units</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board">
          <AllocationBoard />
        </Tabs.Panel>
        <Tabs.Panel value="vacancies">
          <VacanciesView />
        </Tabs.Panel>
        <Tabs.Panel value="units">
          <UnitsRegister />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
