import type { z } from 'zod';
import { snakeCase } from '../../src-shared/domain/recordKinds';

// How a record's fields sit in SQLite: lists and maps as JSON text, booleans as 0/1, the rest as is.
type ColumnKind = 'json' | 'boolean' | 'plain';

interface ZodDef {
  type: string;
  innerType?: { _zod: { def: ZodDef } };
  in?: { _zod: { def: ZodDef } };
  element?: z.ZodType;
  entries?: Record<string, string | number>;
}

/** A field's schema without its wrappers (optional, default, a transform's input): what is stored. */
export function innerSchema(schema: z.ZodType): ZodDef {
  let def = (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
  for (;;) {
    if (def.innerType) def = def.innerType._zod.def;
    else if (def.type === 'pipe' && def.in) def = def.in._zod.def;
    else return def;
  }
}

function columnKind(schema: z.ZodType): ColumnKind {
  const def = innerSchema(schema);
  if (['array', 'object', 'record', 'tuple'].includes(def.type)) return 'json';
  return def.type === 'boolean' ? 'boolean' : 'plain';
}

export interface ColumnMap {
  /** Field names in the order of `columns`. */
  fields: string[];
  columns: string[];
  toRow(record: Record<string, unknown>): Record<string, unknown>;
  fromRow(row: Record<string, unknown>): Record<string, unknown>;
  /** The same from a row however it is read: by column name from an object, or by position from a raw row. */
  fromColumns(read: (column: string) => unknown): Record<string, unknown>;
}

export function columnMap(shape: z.ZodRawShape): ColumnMap {
  const fields = Object.keys(shape);
  const kinds = Object.fromEntries(fields.map((f) => [f, columnKind(shape[f] as z.ZodType)]));
  const columns = fields.map(snakeCase);
  const fromColumns = (read: (column: string) => unknown) => {
    const record: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      const value = read(columns[i]!);
      if (value === null || value === undefined) return;
      record[f] = kinds[f] === 'json' ? JSON.parse(value as string) : kinds[f] === 'boolean' ? value === 1 : value;
    });
    return record;
  };
  return {
    fields,
    columns,
    toRow: (record) =>
      Object.fromEntries(
        fields.map((f) => {
          const value = record[f];
          if (value === undefined) return [f, null];
          if (kinds[f] === 'json') return [f, JSON.stringify(value)];
          if (kinds[f] === 'boolean') return [f, value ? 1 : 0];
          return [f, value];
        }),
      ),
    fromRow: (row) => fromColumns((c) => row[c]),
    fromColumns,
  };
}
