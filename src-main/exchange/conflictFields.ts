import type { z } from 'zod';
import { JUDGEMENT_RATING_LABELS } from '../../src-shared/api/evaluation';
import type { ConflictField } from '../../src-shared/api/exchange';
import { formatDateGB, formatDateTimeGB } from '../../src-shared/calendar/dates';
import * as ENUMS from '../../src-shared/domain/enums';
import { innerSchema } from '../services/columns';
import { RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';
import type { RecordStore } from '../services/records';
import { EXCHANGE_TABLE, type Row } from './tables';

// The two versions of a record in conflict, field by field where they differ, in the user's words:
// the words of a fixed choice rather than its code, the record a link points to rather than its id.

/** Columns nobody needs to compare: identity and bookkeeping. */
const HIDDEN = new Set([
  'id',
  'created_at',
  'deleted_with',
  'work_group_id',
  'previous_work_group_id',
  'rolled_over_to_id',
]);
const COLUMN_LABELS: Record<string, string> = { updated_at: 'Last changed', deleted_at: 'In the Trash' };

const columnLabel = (column: string) =>
  COLUMN_LABELS[column] ?? (column[0]!.toUpperCase() + column.slice(1)).replace(/_ids?$/, '').replace(/_/g, ' ');

const camelCase = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Every fixed vocabulary's words, each found by the codes it has (several share a code, so never by one). */
const VOCABULARIES: Record<string, string>[] = [
  ...Object.values(ENUMS).flatMap((e) =>
    typeof e === 'object' && 'labels' in e ? [e.labels as Record<string, string>] : [],
  ),
  JUDGEMENT_RATING_LABELS,
];
/** Fields kept as a number that stand for a step on a labelled scale. */
const SCALES: Record<string, Record<string, string>> = {
  changeJudgement: ENUMS.CHANGE_JUDGEMENT.labels,
  guskeyLevel: ENUMS.GUSKEY_LEVEL.labels,
};

/** The words for a field's codes, when the field is a fixed choice (or a list of them). */
function wordsFor(shape: z.ZodRawShape | undefined, field: string): Record<string, string> | undefined {
  if (SCALES[field]) return SCALES[field];
  const schema = shape?.[field];
  if (!schema) return undefined;
  let def = innerSchema(schema as z.ZodType);
  if (def.type === 'array' && def.element) def = innerSchema(def.element);
  const codes = def.type === 'enum' && def.entries ? Object.values(def.entries).map(String) : [];
  return codes.length ? VOCABULARIES.find((words) => codes.every((c) => c in words)) : undefined;
}

export function conflictFields(
  records: RecordStore,
  table: string,
  kept: Record<string, unknown>,
  other: Record<string, unknown>,
): ConflictField[] {
  const spec = EXCHANGE_TABLE.get(table);
  const shape = spec?.kind ? RECORD_KIND_SPECS[spec.kind].shape : spec?.shape;

  /** The title of the record an id points to, through the table's links. */
  const titleOf = (column: string, id: string) => {
    const kind = EXCHANGE_TABLE.get(spec?.refs[column] ?? '')?.kind;
    const record = kind ? records.find(kind, id) : undefined;
    return kind && record ? RECORD_KIND_SPECS[kind].title(record) : 'A record not in this workspace';
  };

  const shown = (column: string, value: unknown): string => {
    if (column === 'deleted_at') return value ? `Yes, since ${formatDateTimeGB(String(value))}` : 'No';
    if (value === null || value === undefined || value === '') return '–';
    if (column === 'updated_at') return formatDateTimeGB(String(value));
    if (typeof value === 'object') return 'base64' in value ? 'An image' : JSON.stringify(value);
    const words = wordsFor(shape, camelCase(column));
    let parsed: unknown = value;
    if (typeof value === 'string' && /^[[{]/.test(value)) {
      try {
        parsed = JSON.parse(value);
      } catch {
        parsed = value;
      }
    }
    if (Array.isArray(parsed)) {
      if (parsed.length === 0) return 'None';
      return parsed
        .map((item: unknown) => {
          if (typeof item === 'string') return words?.[item] ?? (spec?.refs[column] ? titleOf(column, item) : item);
          const entry = item as Record<string, unknown>;
          if (column === spec?.evidence && typeof entry['kind'] === 'string') {
            const kind = entry['kind'] as keyof typeof RECORD_KIND_SPECS;
            const record = RECORD_KIND_SPECS[kind] ? records.find(kind, String(entry['id'])) : undefined;
            return record ? RECORD_KIND_SPECS[kind].title(record) : 'A record not in this workspace';
          }
          return String(entry['statement'] ?? entry['id'] ?? Object.values(entry).join(' '));
        })
        .join('; ');
    }
    if (typeof parsed === 'object' && parsed !== null) {
      return Object.entries(parsed as Record<string, unknown>)
        .map(([key, v]) => `${key}: ${String(v)}`)
        .join('; ');
    }
    const text = String(value);
    if (words?.[text]) return words[text];
    if (spec?.refs[column]) return titleOf(column, text);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDateGB(text);
    return text;
  };

  const differs = (column: string) => JSON.stringify(kept[column] ?? null) !== JSON.stringify(other[column] ?? null);
  const columns = [...new Set([...Object.keys(kept), ...Object.keys(other)])].filter(
    (c) => c !== 'updated_at' && !HIDDEN.has(c) && differs(c),
  );
  return ['updated_at', ...columns].map((column) => ({
    column,
    label: columnLabel(column),
    kept: shown(column, (kept as Row)[column]),
    other: shown(column, (other as Row)[column]),
  }));
}
