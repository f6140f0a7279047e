import { migration001 } from './001-core';
import { migration002 } from './002-cases';
import { migration003 } from './003-rota';
import { migration004 } from './004-allocation';
import { migration005 } from './005-support';
import { migration006 } from './006-sanctuary-staff-records';
import { migration007 } from './007-allocation-indexes';
import { migration008 } from './008-import-keys';
import { migration009 } from './009-person-corrections';
import { migration010 } from './010-report-indexes';
import { migration011 } from './011-import-keys-strict';
import { migration012 } from './012-on-call-case-links';
import { migration013 } from './013-report-snapshot';
import type { Migration } from './migration';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013];

/** The schema version this build writes. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
