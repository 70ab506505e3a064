import Database from 'better-sqlite3-multiple-ciphers';

/**
 * Every row of every table in a workspace file, each table in a fixed order (by id where there is
 * one, otherwise by all its columns), for comparing two files exactly.
 */
export function allTables(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((t) => t.name);
    return Object.fromEntries(
      tables.map((table) => {
        const columns = db.pragma(`table_info("${table}")`) as { name: string }[];
        const order = columns.some((c) => c.name === 'id') ? 'id' : columns.map((_, i) => i + 1).join(', ');
        return [table, db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).all()];
      }),
    );
  } finally {
    db.close();
  }
}
