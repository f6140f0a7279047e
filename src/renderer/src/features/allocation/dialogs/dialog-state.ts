import type { BoardEntry, BoardUnit, Candidate } from '../../../../../shared/allocation/schemas/board.schema';

/** Which board action is open, with what it acts on. */
export type DialogState =
  | { kind: 'hold'; unit: BoardUnit; candidate: Candidate }
  | { kind: 'arrive'; unit: BoardUnit; householdId: number; referralId: number | null; name: string }
  | { kind: 'move'; stay: BoardEntry }
  | { kind: 'endStay'; stay: BoardEntry }
  | { kind: 'cancelHold'; hold: BoardEntry }
  | { kind: 'outOfService'; unit: BoardUnit }
  | { kind: 'endOutOfService'; period: BoardEntry }
  | { kind: 'turnAway'; candidate: Candidate }
  | { kind: 'needs'; candidate: Candidate };

/** What every dialog gets from the board. */
export interface DialogContext {
  today: string;
  now: string;
  units: BoardUnit[];
  /** Closes the dialog; `done` shows the message and reloads the board. */
  close(): void;
  done(message: string): void;
}
