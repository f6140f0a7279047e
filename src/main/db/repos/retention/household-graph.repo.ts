import type { Sqlite } from '../../connection';

/*
 * Everything that belongs to a household, found from the schema rather than a hand-kept list, so
 * a feature table added next month (one with a foreign key to households, people, referrals or
 * anything hanging off them) is purged without anyone remembering to add it here. The graph is
 * read from sqlite_schema and PRAGMA foreign_key_list each time: it is small and always current.
 */

/** One foreign key: `table.column` refers to `parent.parentColumn`. */
export interface FkEdge {
  table: string;
  column: string;
  parent: string;
  parentColumn: string;
}

function quoteId(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Ordinary tables (not virtual, not SQLite's own, not FTS shadow tables). */
export function userTables(db: Sqlite): string[] {
  const rows = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string | null }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  return rows
    .filter((r) => !/^CREATE VIRTUAL TABLE/i.test(r.sql ?? ''))
    .filter((r) => !virtual.some((v) => r.name.startsWith(`${v}_`)))
    .map((r) => r.name);
}

/** Every foreign key in the database. */
export function foreignKeyEdges(db: Sqlite): FkEdge[] {
  const edges: FkEdge[] = [];
  for (const table of userTables(db)) {
    // eslint-disable-next-line waymark/no-sql-interpolation -- a table name from sqlite_schema, quoted by quoteId; cannot be a ? parameter
    const fks = db.prepare(`PRAGMA foreign_key_list(${quoteId(table)})`).all() as { table: string; from: string; to: string | null }[];
    // A missing `to` means the parent's primary key; every table here has an INTEGER PRIMARY KEY (the rowid).
    for (const fk of fks) edges.push({ table, column: fk.from, parent: fk.table, parentColumn: fk.to ?? 'rowid' });
  }
  return edges;
}

/** The tables that hold rows belonging to households (households itself first), by reachability. */
export function householdTables(db: Sqlite): string[] {
  const edges = foreignKeyEdges(db);
  const seen = ['households'];
  for (let i = 0; i < seen.length; i++) {
    for (const e of edges) if (e.parent === seen[i] && !seen.includes(e.table)) seen.push(e.table);
  }
  return seen;
}

/**
 * The rowids, table by table, of every row belonging to these households: the households, rows
 * pointing at them, rows pointing at those, and so on until nothing new turns up.
 */
export function collectHouseholdRows(db: Sqlite, householdIds: readonly number[]): Map<string, number[]> {
  const edges = foreignKeyEdges(db);
  const rows = new Map<string, Set<number>>();
  const ids = db.prepare('SELECT rowid AS r FROM households WHERE rowid IN (SELECT value FROM json_each(?))').all(JSON.stringify(householdIds)) as { r: number }[];
  rows.set('households', new Set(ids.map((x) => x.r)));
  const queue = ['households'];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    const parentRows = JSON.stringify([...rows.get(parent)!]);
    for (const e of edges.filter((x) => x.parent === parent)) {
      const found = db
        .prepare(
          // eslint-disable-next-line waymark/no-sql-interpolation -- table and column names from the schema, quoted by quoteId; the row ids are bound
          `SELECT rowid AS r FROM ${quoteId(e.table)} WHERE ${quoteId(e.column)} IN
             (SELECT ${quoteId(e.parentColumn)} FROM ${quoteId(parent)} WHERE rowid IN (SELECT value FROM json_each(?)))`,
        )
        .all(parentRows) as { r: number }[];
      const set = rows.get(e.table) ?? new Set<number>();
      const before = set.size;
      for (const f of found) set.add(f.r);
      rows.set(e.table, set);
      if (set.size > before && !queue.includes(e.table)) queue.push(e.table);
    }
  }
  return new Map([...rows].map(([t, s]) => [t, [...s]]));
}

/**
 * Deletes the collected rows, children before parents, and returns counts per table. The caller
 * runs this inside its transaction with foreign keys deferred, so a cycle or a row reachable by
 * two paths cannot trip a check half-way; the check still runs at commit.
 */
export function deleteCollectedRows(db: Sqlite, rows: Map<string, number[]>): Record<string, number> {
  const edges = foreignKeyEdges(db);
  const tables = [...rows.keys()];
  const order: string[] = [];
  const pending = new Set(tables);
  while (pending.size > 0) {
    // A table can go once no other pending table refers to it.
    const ready = [...pending].filter((t) => !edges.some((e) => e.parent === t && e.table !== t && pending.has(e.table)));
    const next = ready.length > 0 ? ready : [[...pending][0]!];
    for (const t of next) {
      order.push(t);
      pending.delete(t);
    }
  }
  const counts: Record<string, number> = {};
  for (const t of order) {
    const list = rows.get(t)!;
    if (list.length === 0) continue;
    // eslint-disable-next-line waymark/no-sql-interpolation -- a table name from sqlite_schema, quoted by quoteId; the row ids are bound
    const r = db.prepare(`DELETE FROM ${quoteId(t)} WHERE rowid IN (SELECT value FROM json_each(?))`).run(JSON.stringify(list));
    counts[t] = r.changes;
  }
  return counts;
}

/**
 * Each referral's status as the retention rule sees it. Nothing sets a supported referral to
 * 'closed': a household that has left keeps 'accepted' with its exit recorded. So an accepted
 * referral counts as closed once its support has ended — an exit recorded, a sanctuary case
 * closed, move-on support ended, or the wait for a unit ended other than by arriving — and
 * nothing of it is still running (a stay in a unit, move-on support, a sanctuary case).
 */
const REFERRAL_STATES = `
  SELECT r.household_id AS h,
    CASE WHEN r.status = 'accepted'
      AND (EXISTS (SELECT 1 FROM support_exits e WHERE e.referral_id = r.id)
        OR EXISTS (SELECT 1 FROM sanctuary_cases c WHERE c.referral_id = r.id AND c.closed_on IS NOT NULL)
        OR EXISTS (SELECT 1 FROM move_on_support m WHERE m.referral_id = r.id AND m.ended_on IS NOT NULL)
        OR (r.accepted_to = 'waiting_unit' AND r.waiting_ended_at IS NOT NULL AND r.waiting_end_reason IS NOT 'arrived'))
      AND NOT EXISTS (SELECT 1 FROM unit_stays s WHERE s.referral_id = r.id AND s.status = 'active' AND s.end_date IS NULL)
      AND NOT EXISTS (SELECT 1 FROM move_on_support m WHERE m.referral_id = r.id AND m.ended_on IS NULL)
      AND NOT EXISTS (SELECT 1 FROM sanctuary_cases c WHERE c.referral_id = r.id AND c.closed_on IS NULL)
    THEN 'closed' ELSE r.status END AS status
  FROM referrals r`;

/**
 * Facts per household for the retention rule: referral statuses, and the latest date recorded in
 * any of its rows (any column named `at`, `*_at`, `*_on` or `date` that holds an ISO date), so a
 * support session logged last month keeps a case whose referral closed years ago.
 */
export function householdFacts(db: Sqlite): { id: number; reference: string; restricted: number; statuses: string[]; lastContactAt: string | null }[] {
  const households = db.prepare('SELECT id, reference, restricted, created_at FROM households ORDER BY id').all() as {
    id: number;
    reference: string;
    restricted: number;
    created_at: string;
  }[];
  const statuses = new Map<number, string[]>();
  for (const r of db.prepare(REFERRAL_STATES).all() as { h: number; status: string }[]) {
    statuses.set(r.h, [...(statuses.get(r.h) ?? []), r.status]);
  }
  const last = new Map<number, string>();
  const bump = (h: number, v: string | null) => {
    if (v && (!last.has(h) || v > last.get(h)!)) last.set(h, v);
  };
  for (const h of households) bump(h.id, h.created_at);
  const edges = foreignKeyEdges(db);
  // For each table, the chain of foreign keys leading up to households (empty for households).
  const paths = new Map<string, FkEdge[]>([['households', []]]);
  for (const table of householdTables(db)) {
    if (!paths.has(table)) {
      const e = edges.find((x) => x.table === table && paths.has(x.parent));
      if (!e) continue;
      paths.set(table, [e, ...paths.get(e.parent)!]);
    }
    const path = paths.get(table)!;
    // eslint-disable-next-line waymark/no-sql-interpolation -- table and column names from the schema, quoted by quoteId
    const joins = path.map((e, i) => `JOIN ${quoteId(e.parent)} t${i + 1} ON t${i + 1}.${quoteId(e.parentColumn)} = t${i}.${quoteId(e.column)}`).join(' ');
    const owner = `t${path.length}.rowid`;
    // eslint-disable-next-line waymark/no-sql-interpolation -- a table name from sqlite_schema, quoted by quoteId; cannot be a ? parameter
    const cols = (db.prepare(`PRAGMA table_info(${quoteId(table)})`).all() as { name: string }[])
      .map((c) => c.name)
      .filter((n) => n === 'at' || n === 'date' || /_(at|on)$/.test(n));
    for (const c of cols) {
      const col = `t0.${quoteId(c)}`;
      const rows = db
        .prepare(
          // eslint-disable-next-line waymark/no-sql-interpolation -- table and column names from the schema, quoted by quoteId; nothing else is spliced
          `SELECT ${owner} AS h, MAX(${col}) AS v FROM ${quoteId(table)} t0 ${joins}
           WHERE typeof(${col}) = 'text' AND ${col} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*' GROUP BY 1`,
        )
        .all() as { h: number | null; v: string | null }[];
      for (const r of rows) if (r.h !== null) bump(r.h, r.v);
    }
  }
  return households.map((h) => ({ ...h, statuses: statuses.get(h.id) ?? [], lastContactAt: last.get(h.id) ?? null }));
}
