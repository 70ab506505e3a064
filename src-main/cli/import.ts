import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  IMPORT_FIELDS,
  IMPORT_KINDS,
  QUESTION_FIELD,
  ROW_FATE_LABELS,
  type ColumnMapping,
  type ImportKind,
  type SurveyImport,
} from '../../src-shared/api/spreadsheets';
import type { AllHandlers } from '../services/handlers';
import { normaliseHeading } from '../../src-shared/domain/headings';
import { OCCASIONS_OF, proposeQuestionColumns } from '../../src-shared/domain/surveys';
import { missingFields } from '../import/mapping';
import { call, callAsync, Failure, findWorkGroup, type Io, parseWithFiles, UsageError, withWorkspace } from './common';

const USAGE = `"wge import" needs one of: ${IMPORT_KINDS.join(', ')}, then --db F --work-group CODE FILE [--dry-run] [--sheet NAME] [--map "Heading=field"]... (surveyResponses also --questionnaire "title" [--occasion start|end] [--respondent "As the file names them=Participant's name"]...)`;

const fieldsOf = (kind: ImportKind) => IMPORT_FIELDS[kind].map((f) => f.key).join(', ');

/** A question of the questionnaire a file of answers answers, as a field: --map names it by its words. */
interface QuestionField {
  key: string;
  text: string;
  column: number | null;
}

/**
 * The proposed mapping with the user's --map "Heading=field" choices laid over it, as the app's
 * wizard lets them choose: the heading's column holds that field and no other ("Heading=" leaves
 * the column out).
 */
function withChoices(
  kind: ImportKind,
  proposed: ColumnMapping,
  headers: string[],
  choices: string[],
  questions: QuestionField[] = [],
): ColumnMapping {
  const mapping = { ...proposed, ...Object.fromEntries(questions.map((q) => [q.key, q.column])) };
  for (const choice of choices) {
    const split = choice.lastIndexOf('=');
    if (split < 0)
      throw new UsageError(`--map "${choice}" needs the form "Heading=field", for example --map "Job title=role".`);
    const heading = choice.slice(0, split);
    const field = choice.slice(split + 1).trim();
    const key =
      IMPORT_FIELDS[kind].find((f) => f.key.toLowerCase() === field.toLowerCase())?.key ??
      questions.find((q) => normaliseHeading(q.text) === normaliseHeading(field))?.key;
    if (field && !key)
      throw new UsageError(
        `"${field}" is not a field of a ${kind} import. The fields are: ${fieldsOf(kind)}${questions.length ? ', or a question of the questionnaire in its own words' : ''}.`,
      );
    const column = headers.findIndex((h) => normaliseHeading(h) === normaliseHeading(heading));
    if (column < 0)
      throw new UsageError(`No column is headed "${heading.trim()}". The headings are: ${headers.join(', ')}.`);
    for (const [k, c] of Object.entries(mapping)) if (c === column) mapping[k] = null;
    if (key) mapping[key] = column;
  }
  return mapping;
}

/** What a file of answers answers: the questionnaire named by --questionnaire, when, and who is who. */
function surveyOptions(
  handlers: AllHandlers,
  workGroupId: string,
  values: Record<string, unknown>,
  headers: string[],
): {
  survey: SurveyImport;
  respondents: Record<string, string>;
  questions: QuestionField[];
  /** Said when the answers need a start or end and neither --occasion nor a column gives it. */
  noOccasion: string | null;
} {
  const questionnaires = call(handlers, 'questionnaire.list', { workGroupId });
  const titles = questionnaires.map((q) => `"${q.title}"`).join(', ') || 'none yet (add one on the Surveys tab)';
  const title = values['questionnaire'];
  if (typeof title !== 'string' || !title.trim())
    throw new UsageError(
      `Say which questionnaire the answers are to with --questionnaire "title". This Work Group's questionnaires: ${titles}.`,
    );
  const questionnaire = questionnaires.find((q) => normaliseHeading(q.title) === normaliseHeading(title));
  if (!questionnaire)
    throw new Failure(`This Work Group has no questionnaire called "${title.trim()}". Its questionnaires: ${titles}.`);
  const occasion = values['occasion'];
  const allowed = OCCASIONS_OF[questionnaire.timing];
  if (occasion !== undefined && !allowed.includes(occasion as SurveyImport['occasion'] & string))
    throw new UsageError(
      allowed.length === 1
        ? `"${questionnaire.title}" is answered after meetings: leave out --occasion.`
        : `--occasion is start or end, not "${String(occasion)}".`,
    );
  const participants = call(handlers, 'participant.list', { workGroupId });
  const respondents: Record<string, string> = {};
  for (const choice of (values['respondent'] as string[] | undefined) ?? []) {
    const split = choice.lastIndexOf('=');
    const named = split < 0 ? undefined : normaliseHeading(choice.slice(split + 1));
    const participant = participants.find((p) => normaliseHeading(p.name) === named);
    if (!participant)
      throw new UsageError(
        `--respondent "${choice}" needs the form "As the file names them=Participant's name", naming one of: ${participants.map((p) => p.name).join(', ')}.`,
      );
    respondents[choice.slice(0, split).trim()] = participant.id;
  }
  const columns = proposeQuestionColumns(questionnaire.questions, headers);
  return {
    survey: {
      questionnaireId: questionnaire.id,
      ...(occasion ? { occasion: occasion as SurveyImport['occasion'] } : {}),
    },
    respondents,
    noOccasion:
      allowed.length > 1 && occasion === undefined
        ? `Say whether the answers to "${questionnaire.title}" are from the start or the end of the year: add --occasion start or --occasion end (no column of the file says).`
        : null,
    questions: questionnaire.questions.map((q) => ({
      key: `${QUESTION_FIELD}${q.id}`,
      text: q.text,
      column: columns[q.id] ?? null,
    })),
  };
}

/**
 * wge import schools|participants|attendance|observations|surveyResponses --work-group CODE FILE
 * (answers with --questionnaire "title", and --occasion where no column says): reads the file,
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
    questionnaire: text,
    occasion: text,
    respondent: { type: 'string', multiple: true },
  });
  if (kind !== 'surveyResponses')
    for (const option of ['questionnaire', 'occasion', 'respondent'])
      if (values[option] !== undefined) throw new UsageError(`--${option} is only for "wge import surveyResponses".`);
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
    const survey = kind === 'surveyResponses' ? surveyOptions(handlers, group.id, values, sheet.headers) : undefined;
    const mapping = withChoices(kind, sheet.proposals[kind], sheet.headers, choices, survey?.questions);
    if (survey?.noOccasion && (mapping['occasion'] ?? null) === null) throw new UsageError(survey.noOccasion);
    const missing = missingFields(kind, mapping);
    if (missing.length > 0)
      throw new UsageError(
        `No column was found for: ${missing.join('; ')}. Name it with --map "Heading=field" (the headings: ${sheet.headers.join(', ')}; the fields: ${fieldsOf(kind)}).`,
      );
    const input = {
      workGroupId: group.id,
      ...file,
      kind,
      sheet: sheet.name,
      mapping,
      ...(survey ? { survey: survey.survey, respondents: survey.respondents } : {}),
    };
    const preview = await callAsync(handlers, 'import.preview', input);
    const columns = [...IMPORT_FIELDS[kind], ...(survey?.questions ?? []).map((q) => ({ key: q.key, label: q.text }))]
      .filter((f) => mapping[f.key] !== null && mapping[f.key] !== undefined)
      .map((f) => `${f.label} ← "${sheet.headers[mapping[f.key]!]}"`);
    if (values.json) io.out(JSON.stringify({ sheet: sheet.name, mapping, preview }));
    else {
      io.out(`Sheet "${sheet.name}": ${columns.join('; ')}`);
      for (const w of preview.warnings) io.out(`Warning: ${w}`);
      for (const who of preview.unknownRespondents)
        io.out(`Who is "${who}"? Add --respondent "${who}=Participant's name", or add the participant first.`);
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
