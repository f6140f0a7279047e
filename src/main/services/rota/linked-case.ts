import { AppError } from '../../../shared/errors';
import { getHousehold } from '../../db/repos/cases/households.repo';
import { maySeeCase } from '../cases/case-access';
import { audit, requireDb, type Workspace } from '../workspace';

/*
 * The case a call or handover note is about is a household id (case_id). Since migration 12 a
 * foreign key makes it name a household that exists; the service checks first anyway, to say so
 * in plain English, and to refuse a restricted case the person linking it may not open. Linking
 * one would otherwise put your words on a record you cannot see, and tell you it exists by id.
 *
 * Reading follows the case record's rule: what a call or note about a restricted case says is for
 * the workers named on the case (maySeeCase). Everyone else sees that the call came in or the note
 * was written, and that it concerns a restricted case, and cannot change what they cannot read.
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

/** A call or handover note's link, as the repositories read it. */
export interface CaseLink {
  caseId: number | null;
  caseRestricted: boolean;
}

/** Whether the signed-in person may read what a call or note with this link says. */
export function mayReadLinked(ws: Workspace, link: CaseLink): boolean {
  if (link.caseId === null || !link.caseRestricted) return true;
  return maySeeCase(ws, { id: link.caseId, restricted: 1 });
}

/** A change to a call about a restricted case the person is not named on (they cannot see it). */
export class LinkedCaseHiddenError extends AppError {
  constructor() {
    super('FORBIDDEN', 'This call is about a restricted case you are not named on, so only the workers named on the case can change it.');
    this.name = 'LinkedCaseHiddenError';
  }
}

/**
 * Refuses a change to a call whose details are withheld from the signed-in person: they would be
 * overwriting or closing what they cannot read. Audited as a denial, like opening the case; call
 * before the write's transaction, so the entry is not rolled back with it.
 */
export function assertReadableLink(ws: Workspace, link: CaseLink): void {
  if (mayReadLinked(ws, link)) return;
  audit(ws, { action: 'case.denied', entity: 'household', entityId: link.caseId!, detail: 'restricted case (a call in the phone log)' });
  throw new LinkedCaseHiddenError();
}
