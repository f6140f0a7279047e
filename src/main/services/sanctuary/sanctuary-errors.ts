import { AppError } from '../../../shared/errors';
import type { FitBlocker } from '../../../shared/sanctuary/rules';

/*
 * Why a measure cannot be marked fitted: one named error per rule, each crossing IPC with the
 * stable code CONFLICT, the rule's plain-English message and a field message on `measureId`, so a
 * screen shows exactly what is missing. Nothing is written when one is thrown.
 */

/** A higher-level measure, or a case over £100, without the council's written approval dated on or before the fitting. */
export class CouncilApprovalRequiredError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message, { measureId: message });
    this.name = 'CouncilApprovalRequiredError';
  }
}

/** The measures an approval covers would cost more than the amount the council approved. */
export class ApprovalAmountExceededError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message, { measureId: message });
    this.name = 'ApprovalAmountExceededError';
  }
}

/** A measure that alters a rented home without the landlord's permission. */
export class LandlordPermissionError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message, { measureId: message });
    this.name = 'LandlordPermissionError';
  }
}

/** A measure that can restrict escape, without the fire and rescue service's check (or against it). */
export class FireCheckRequiredError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message, { measureId: message });
    this.name = 'FireCheckRequiredError';
  }
}

/** The measure is already fitted or was refused. */
export class MeasureStatusError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message, { measureId: message });
    this.name = 'MeasureStatusError';
  }
}

/** The named error for a rule that stops a fitting. */
export function fitError(b: FitBlocker): AppError {
  switch (b.code) {
    case 'council_approval':
      return new CouncilApprovalRequiredError(b.message);
    case 'approval_amount':
      return new ApprovalAmountExceededError(b.message);
    case 'landlord':
      return new LandlordPermissionError(b.message);
    case 'fire_check':
      return new FireCheckRequiredError(b.message);
    case 'status':
      return new MeasureStatusError(b.message);
  }
}
