import type { z } from 'zod';
import { OPEN_END } from '../../../shared/allocation/nights';
import type { VacancyListSchema, VacancyQuerySchema } from '../../../shared/allocation/schemas/vacancy.schema';
import { vacanciesOn } from '../../../shared/allocation/vacancies';
import { listUnits } from '../../db/repos/allocation/units.repo';
import { requireDb, type Workspace } from '../workspace';
import { today } from './booking';
import { periodsByUnit, timelineRows, unitFacts } from './unit-facts';

/** The units free on a night (default tonight), as they may be shared outside the service. */
export function vacancyList(ws: Workspace, q: z.output<typeof VacancyQuerySchema>): z.output<typeof VacancyListSchema> {
  const db = requireDb(ws);
  const date = q.date ?? today(ws);
  const units = listUnits(db, date).map(unitFacts);
  // Everything from that night on: "free until" needs the next booking, however far ahead.
  const byUnit = periodsByUnit(timelineRows(db, date, OPEN_END, ws.deps.clock.now().toISOString()));
  return { date, vacancies: vacanciesOn(units, byUnit, date) };
}
