import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  IMPORT_FIELDS,
  IMPORT_KINDS,
  ROW_FATE_LABELS,
  type ColumnMapping,
  type ImportKind,
} from '../../src-shared/api/spreadsheets';
import { normaliseHeading } from '../../src-shared/domain/headings';
import { missingFields } from '../import/mapping';
import { callAsync, Failure, findWorkGroup, type Io, parseWithFiles, UsageError, withWorkspace } from './common';

const USAGE = `"wge import" needs one of: ${IMPORT_KINDS.join(', ')}, then --db F --work-group CODE FILE [--dry-run] [--sheet NAME] [--map "Heading=field"]...`;

const fieldsOf = (kind: ImportKind) => IMPORT_FIELDS[kind].map((f) => f.key).join(', ');

/**
 * The proposed mapping with the user's --map "Heading=field" choices laid over it, as the app's
 * wizard lets them choose: the heading's column holds that field and no other ("Heading=" leaves
 * the column out).
 */
function withChoices(kind: ImportKind, proposed: ColumnMapping, headers: string[], choices: string[]): ColumnMapping {
  const mapping = { ...proposed };
  for (const choice of choices) {
    const split = choice.lastIndexOf('=');
    if (split < 0)
      throw new UsageError(`--map "${choice}" needs the form "Heading=field", for example --map "Job title=role".`);
    const heading = choice.slice(0, split);
    const field = choice.slice(split + 1).trim();
    const key = IMPORT_FIELDS[kind].find((f) => f.key.toLowerCase() === field.toLowerCase())?.key;
    if (field && !key)
      throw new UsageError(`"${field}" is not a field of a ${kind} import. The fields are: ${fieldsOf(kind)}.`);
    const column = headers.findIndex((h) => normaliseHeading(h) === normaliseHeading(heading));
    if (column < 0)
      throw new UsageError(`No column is headed "${heading.trim()}". The headings are: ${headers.join(', ')}.`);
    for (const [k, c] of Object.entries(mapping)) if (c === column) mapping[k] = null;
    if (key) mapping[key] = column;
  }
  return mapping;
}

/**
 * wge import schools|participants|attendance|observations --work-group CODE FILE: reads the file,
 * proposes the columns from its headings (changed by --map), prints each row's fate and, unless
 * --dry-run, imports the new rows in one transaction after a backup. Any row with an error stops the import (exit 1)
 * unless --skip-errors says to import the others.
 */
export async function importSpreadsheet(args: string[], io: Io): Promise<number> {
  const [what, ...rest] = args;
  if (!IMPORT_KINDS.includes(what as ImportKind)) throw new UsageError(USAGE);
  const kind = what as ImportKind;
  const flag = { type: 'boolean' } as const;
  const text = { type: 'string' } as const;
  const { o: values, files } = parseWithFiles(rest, {
    'work-group': text,
    sheet: text,
    'dry-run': flag,
    'skip-errors': flag,
    map: { type: 'string', multiple: true },
  });
  const choices = (values.map as unknown as string[] | undefined) ?? [];
  if (files.length !== 1) throw new UsageError(`Give one file to import. ${USAGE}`);
  const path = files[0]!;
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    throw new Failure(`Cannot read ${path}. Check the file's name and folder.`);
  }
  const file = { fileName: basename(path), dataBase64: data.toString('base64') };
  return withWorkspace(values, async (handlers) => {
    const group = findWorkGroup(handlers, values['work-group'], '--work-group');
    const inspected = await callAsync(handlers, 'import.inspect', { workGroupId: group.id, ...file });
    const wanted = typeof values.sheet === 'string' ? values.sheet : undefined;
    const sheet = wanted ? inspected.sheets.find((s) => s.name === wanted) : inspected.sheets[0];
    if (!sheet)
      throw new Failure(
        `The file has no sheet called "${wanted}". Its sheets: ${inspected.sheets.map((s) => s.name).join(', ')}.`,
      );
    if (sheet.problems.length > 0) throw new Failure(sheet.problems.join(' '));
    const mapping = withChoices(kind, sheet.proposals[kind], sheet.headers, choices);
    const missing = missingFields(kind, mapping);
    if (missing.length > 0)
      throw new UsageError(
        `No column was found for: ${missing.join('; ')}. Name it with --map "Heading=field" (the headings: ${sheet.headers.join(', ')}; the fields: ${fieldsOf(kind)}).`,
      );
    const input = { workGroupId: group.id, ...file, kind, sheet: sheet.name, mapping };
    const preview = await callAsync(handlers, 'import.preview', input);
    const columns = IMPORT_FIELDS[kind]
      .filter((f) => mapping[f.key] !== null && mapping[f.key] !== undefined)
      .map((f) => `${f.label} ← "${sheet.headers[mapping[f.key]!]}"`);
    if (values.json) io.out(JSON.stringify({ sheet: sheet.name, mapping, preview }));
    else {
      io.out(`Sheet "${sheet.name}": ${columns.join('; ')}`);
      for (const w of preview.warnings) io.out(`Warning: ${w}`);
      for (const r of preview.rows) io.out(`Row ${r.row}: ${ROW_FATE_LABELS[r.fate]}: ${r.summary}. ${r.message}`);
      const c = preview.counts;
      io.out(
        `${c.new} new, ${c.existing} already recorded, ${c.duplicate} repeated, ${c.skip} with nothing to import, ${c.error} with errors.`,
      );
    }
    if (preview.counts.error > 0 && !values['skip-errors']) {
      io.err(
        `wge: ${preview.counts.error} ${preview.counts.error === 1 ? 'row has an error' : 'rows have errors'} (listed above), so nothing was imported. Correct the file, or add --skip-errors to import the other rows.`,
      );
      return 1;
    }
    if (values['dry-run']) {
      if (!values.json) io.out('Dry run: nothing was imported.');
      return 0;
    }
    const result = await callAsync(handlers, 'import.commit', { ...input, skipErrors: Boolean(values['skip-errors']) });
    if (values.json) io.out(JSON.stringify(result));
    else
      io.out(
        result.counts.new === 0
          ? 'Nothing new to import: the workspace already holds every row.'
          : `Imported ${result.counts.new} ${result.counts.new === 1 ? 'row' : 'rows'} (backup taken first: ${result.backup}).`,
      );
    return 0;
  });
}
