import type { Sqlite } from '../connection';

/** One numbered schema change. Migrations are append-only: never edit one that has shipped. */
export interface Migration {
  version: number;
  name: string;
  up(db: Sqlite): void;
}
