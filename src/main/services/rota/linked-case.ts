import { AppError } from '../../../shared/errors';
import { getHousehold } from '../../db/repos/cases/households.repo';
import { maySeeCase } from '../cases/case-access';
import { audit, requireDb, type Workspace } from '../workspace';

/*
 * The case a call or handover note is about is a household id in a column with no foreign key
 * yet (migration 3), so the service is what keeps the link honest: it must name a case that
 * exists, and one the person linking it may open. Linking a restricted case you are not named on
 * would otherwise put your words on a record you cannot see, and tell you it exists by id.
 */

/** A call or handover note linked to a case that does not exist. */
export class LinkedCaseNotFoundError extends AppError {
  constructor(field: string) {
    super('NOT_FOUND', 'The case this is linked to does not exist. Search for the case again, or leave it empty.', {
      [field]: 'That case does not exist. Search for it again, or leave it empty.',
    });
    this.name = 'LinkedCaseNotFoundError';
  }
}

/** A call or handover note linked to a restricted case the person linking it is not named on. */
export class LinkedCaseRestrictedError extends AppError {
  constructor(field: string) {
    super('FORBIDDEN', 'That case is restricted to named workers, so you cannot link it. Leave the case empty and tell a manager.', {
      [field]: 'Restricted to named workers. Leave it empty and tell a manager.',
    });
    this.name = 'LinkedCaseRestrictedError';
  }
}

/**
 * Refuses a link to a case that does not exist, or to a restricted one the signed-in person may
 * not open (audited as a denial, like opening it). Call before the write's transaction, so the
 * denial's audit entry is not rolled back with it.
 */
export function assertLinkableCase(ws: Workspace, caseId: number, field: string): void {
  const h = getHousehold(requireDb(ws), caseId);
  if (!h) throw new LinkedCaseNotFoundError(field);
  if (!maySeeCase(ws, h)) {
    audit(ws, { action: 'case.denied', entity: 'household', entityId: caseId, detail: 'restricted case (link from the phone log or a handover)' });
    throw new LinkedCaseRestrictedError(field);
  }
}
