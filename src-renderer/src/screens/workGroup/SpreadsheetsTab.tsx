import { useState } from 'react';
import type { Output } from '../../../../src-shared/api/contract';
import {
  IMPORT_FIELDS,
  IMPORT_KINDS,
  IMPORT_KIND_LABELS,
  QUESTION_FIELD,
  ROW_FATE_LABELS,
  type ColumnMapping,
  type ImportKind,
  type SurveyImport,
} from '../../../../src-shared/api/spreadsheets';
import { SURVEY_OCCASION } from '../../../../src-shared/domain/enums';
import { OCCASIONS_OF, proposeQuestionColumns } from '../../../../src-shared/domain/surveys';
import { lookups, type GroupData } from '../../groupData';
import { api } from '../../api';
import { Field } from '../../components/Field';
import { readAsBase64 } from '../../download';
import { useCheckedExport } from '../../exports/useCheckedExport';
import { useAction } from '../../useAction';
import type { TabProps } from './tabProps';

// Excel summaries out, spreadsheets in: the summary workbook, and an import wizard that goes
// file → sheet → columns → preview → import, never writing anything before the last step.

type Inspected = Output<'import.inspect'>;
type Preview = Output<'import.preview'>;
type Committed = Output<'import.commit'>;

function SummaryDownload({ workGroupId }: { workGroupId: string }) {
  const { start, busy, statusLine, dialog } = useCheckedExport({
    what: 'this workbook',
    making: 'Preparing the workbook…',
    check: () => api.call('export.workbookCheck', { kind: 'workGroup', workGroupId }),
    produce: (options) =>
      api.call('export.workbook', {
        kind: 'workGroup',
        workGroupId,
        ...(options.allowFlagged ? { allowFlagged: true } : {}),
      }),
    replaceable: false,
  });
  return (
    <section className="panel" aria-labelledby="excel-summary-heading">
      <h2 id="excel-summary-heading">Excel summary</h2>
      <p>
        One workbook with the year’s figures, the DfE matrix and your ratings, and a sheet each for schools,
        participants, meetings, attendance, focus children, the evidence log, the NCETM areas and the gaps. Every sheet
        is an Excel table, ready for filters and pivot tables.
      </p>
      <button type="button" className="primary" onClick={start} disabled={busy}>
        {busy ? 'Preparing the workbook…' : 'Download the Excel summary'}
      </button>
      {statusLine}
      {dialog}
    </section>
  );
}

/** A copy without one key: a choice taken back leaves nothing behind in the request. */
function without<T extends object>(object: T, key: keyof T): T {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

/** Which questionnaire a file of answers answers, when they were given, and who each respondent is. */
function SurveyChoices({
  data,
  survey,
  onSurvey,
}: {
  data: GroupData;
  survey: Partial<SurveyImport>;
  onSurvey: (survey: Partial<SurveyImport>) => void;
}) {
  const questionnaire = data.questionnaire.find((q) => q.id === survey.questionnaireId);
  return (
    <div className="form">
      <Field label="Questionnaire the file answers">
        {(p) => (
          <select
            {...p}
            value={survey.questionnaireId ?? ''}
            onChange={(e) => onSurvey(e.target.value ? { questionnaireId: e.target.value } : {})}
          >
            <option value="">Choose a questionnaire…</option>
            {data.questionnaire.map((q) => (
              <option key={q.id} value={q.id}>
                {q.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {questionnaire?.timing === 'start_end' && (
        <Field label="When were they answered?" hint="Or map a column of the file that says, for each row">
          {(p) => (
            <select
              {...p}
              value={survey.occasion ?? ''}
              onChange={(e) => {
                const rest = without(survey, 'occasion');
                onSurvey(e.target.value ? { ...rest, occasion: e.target.value as 'start' | 'end' } : rest);
              }}
            >
              <option value="">A column of the file says</option>
              {OCCASIONS_OF.start_end.map((o) => (
                <option key={o} value={o}>
                  {SURVEY_OCCASION.labels[o]}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {questionnaire?.timing === 'after_meeting' && (
        <Field label="Meeting the answers are about">
          {(p) => (
            <select
              {...p}
              value={survey.meetingId ?? ''}
              onChange={(e) => {
                const rest = without(survey, 'meetingId');
                onSurvey(e.target.value ? { ...rest, meetingId: e.target.value } : rest);
              }}
            >
              <option value="">The latest meeting on or before each answer’s date</option>
              {lookups(data).meetingOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </div>
  );
}

export function ImportWizard({
  data,
  readOnly,
  only,
  heading = 'Import from a spreadsheet',
}: {
  data: GroupData;
  readOnly: boolean;
  /** One kind of import only, where a tab imports its own records. */
  only?: ImportKind;
  heading?: string;
}) {
  const workGroupId = data.workGroup.id;
  const [kind, setKind] = useState<ImportKind>(only ?? 'schools');
  const [survey, setSurvey] = useState<Partial<SurveyImport>>({});
  const [respondents, setRespondents] = useState<Record<string, string>>({});
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | undefined>();
  const [inspected, setInspected] = useState<Inspected | undefined>();
  const [sheetName, setSheetName] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<Preview | undefined>();
  const [result, setResult] = useState<Committed | undefined>();
  const { busy, error, run } = useAction();

  const sheet = inspected?.sheets.find((s) => s.name === sheetName);
  const questions =
    kind === 'surveyResponses'
      ? (data.questionnaire.find((q) => q.id === survey.questionnaireId)?.questions ?? [])
      : [];
  /** The columns proposed from a sheet's headings, the questions' among them. */
  const proposed = (headers: string[], proposals: ColumnMapping, forQuestions = questions): ColumnMapping => ({
    ...proposals,
    ...Object.fromEntries(
      Object.entries(proposeQuestionColumns(forQuestions, headers)).map(([id, column]) => [
        `${QUESTION_FIELD}${id}`,
        column,
      ]),
    ),
  });
  const chooseSheet = (name: string, from = inspected, forKind = kind) => {
    setSheetName(name);
    const chosen = from?.sheets.find((s) => s.name === name);
    setMapping(chosen ? proposed(chosen.headers, chosen.proposals[forKind]) : {});
    setPreview(undefined);
    setResult(undefined);
  };
  const chooseSurvey = (next: Partial<SurveyImport>) => {
    const forQuestions = data.questionnaire.find((q) => q.id === next.questionnaireId)?.questions ?? [];
    setSurvey(next);
    if (sheet) setMapping(proposed(sheet.headers, sheet.proposals[kind], forQuestions));
    setPreview(undefined);
    setResult(undefined);
  };

  const chooseFile = (chosen: File | undefined) =>
    run('Reading the file…', async () => {
      setInspected(undefined);
      setPreview(undefined);
      setResult(undefined);
      setFile(undefined);
      if (!chosen) return;
      const picked = { fileName: chosen.name, dataBase64: await readAsBase64(chosen) };
      const answer = await api.call('import.inspect', { workGroupId, ...picked });
      setFile(picked);
      setInspected(answer);
      const first = answer.sheets.find((s) => s.problems.length === 0) ?? answer.sheets[0];
      if (first) chooseSheet(first.name, answer);
    });

  const request = () => ({
    workGroupId,
    ...file!,
    kind,
    sheet: sheetName,
    mapping,
    ...(kind === 'surveyResponses' && survey.questionnaireId ? { survey: survey as SurveyImport, respondents } : {}),
  });
  const check = () =>
    run('Checking the rows…', async () => {
      setResult(undefined);
      setPreview(await api.call('import.preview', request()));
    });
  const commit = () =>
    run('Importing…', async () => {
      const done = await api.call('import.commit', { ...request(), skipErrors: true });
      setResult(done);
      setPreview(undefined);
    });

  const fields = [
    ...IMPORT_FIELDS[kind],
    ...questions.map((q) => ({ key: `${QUESTION_FIELD}${q.id}`, label: q.text, required: false, hint: '' })),
  ];
  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{heading}</h2>
      <p>
        {only === 'surveyResponses'
          ? 'Bring in the answers from a Microsoft Forms workbook (.xlsx) or a Google Forms CSV file: choose the questionnaire, check which column holds each question, and say who any respondent the app does not recognise is.'
          : 'Bring in schools, participants, attendance registers, observations or answers to a questionnaire from an Excel workbook (.xlsx) or a CSV file.'}{' '}
        You will see what happens to every row before anything is saved, and a backup is taken first. Importing the same
        file again changes nothing.
      </p>
      {readOnly && <p className="banner">This year is read-only, so nothing can be imported into it.</p>}
      <div className="form">
        {!only && (
          <Field label="What does the file hold?">
            {(p) => (
              <select
                {...p}
                value={kind}
                disabled={readOnly}
                onChange={(e) => {
                  const next = e.target.value as ImportKind;
                  setKind(next);
                  setMapping(sheet?.proposals[next] ?? {});
                  setPreview(undefined);
                  setResult(undefined);
                }}
              >
                {IMPORT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {IMPORT_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Spreadsheet file" hint="An Excel workbook (.xlsx) or a CSV file, 5 MB at most">
          {(p) => (
            <input
              {...p}
              type="file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              disabled={readOnly || busy !== ''}
              onChange={(e) => void chooseFile(e.target.files?.[0])}
            />
          )}
        </Field>
        {inspected && (
          <Field label="Sheet" hint="The sheet that holds the rows">
            {(p) => (
              <select {...p} value={sheetName} onChange={(e) => chooseSheet(e.target.value)}>
                {inspected.sheets.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name} ({s.rowCount} {s.rowCount === 1 ? 'row' : 'rows'})
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      {sheet && sheet.problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          {sheet.problems.join(' ')}
        </div>
      )}
      {kind === 'surveyResponses' && <SurveyChoices data={data} survey={survey} onSurvey={chooseSurvey} />}
      {sheet && sheet.problems.length === 0 && (
        <>
          {!only && sheet.suggestedKind && sheet.suggestedKind !== kind && (
            <p className="banner banner-info">
              This sheet looks like {IMPORT_KIND_LABELS[sheet.suggestedKind].toLowerCase()}. If it is, choose that under
              “What does the file hold?”.
            </p>
          )}
          <fieldset className="form">
            <legend>Columns: check the ones proposed from the headings</legend>
            {fields.map((f) => (
              <Field key={f.key} label={`${f.label}${f.required ? ' (needed)' : ''}`} hint={f.hint}>
                {(p) => (
                  <select
                    {...p}
                    value={mapping[f.key] ?? ''}
                    onChange={(e) => {
                      setMapping({ ...mapping, [f.key]: e.target.value === '' ? null : Number(e.target.value) });
                      setPreview(undefined);
                    }}
                  >
                    <option value="">Not in this file</option>
                    {sheet.headers.map((h, i) => (
                      <option key={i} value={i}>
                        {h}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </fieldset>
          <div className="button-row">
            <button type="button" onClick={check} disabled={busy !== '' || readOnly}>
              Check the rows
            </button>
          </div>
        </>
      )}
      <p className="status" role="status">
        {busy}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <section aria-labelledby="preview-heading">
          <h3 id="preview-heading">What will happen</h3>
          <p>
            {preview.counts.new} new, {preview.counts.existing} already recorded, {preview.counts.duplicate} repeated,{' '}
            {preview.counts.skip} with nothing to import and {preview.counts.error} with errors.
            {preview.counts.error > 0 &&
              ' Rows with errors are left out: correct them in the file and import it again.'}
          </p>
          {preview.warnings.map((w) => (
            <p key={w} className="banner">
              {w}
            </p>
          ))}
          {preview.unknownRespondents.length > 0 && (
            <fieldset className="form">
              <legend>Respondents: say who each is, then check the rows again</legend>
              {preview.unknownRespondents.map((who) => (
                <Field key={who} label={`Who is ${who}?`}>
                  {(p) => (
                    <select
                      {...p}
                      value={respondents[who] ?? ''}
                      onChange={(e) => {
                        const rest = without(respondents, who);
                        setRespondents(e.target.value ? { ...rest, [who]: e.target.value } : rest);
                      }}
                    >
                      <option value="">No participant: leave their answers out</option>
                      {lookups(data).participantOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ))}
              <div className="button-row">
                <button type="button" onClick={check} disabled={busy !== ''}>
                  Check the rows again
                </button>
              </div>
            </fieldset>
          )}
          <div className="table-wrap">
            <table className="list" aria-label="Rows to import">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Fate</th>
                  <th scope="col">Row’s details</th>
                  <th scope="col">What happens</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.row} className={`fate-${r.fate}`}>
                    <td>{r.row}</td>
                    <td>{ROW_FATE_LABELS[r.fate]}</td>
                    <td>{r.summary}</td>
                    <td>{r.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={commit}
              disabled={busy !== '' || preview.counts.new === 0}
            >
              {preview.counts.new === 0
                ? 'Nothing new to import'
                : `Import ${preview.counts.new} new ${preview.counts.new === 1 ? 'row' : 'rows'}`}
            </button>
          </div>
        </section>
      )}
      {result && (
        <p className="notice" role="status">
          {result.counts.new === 0
            ? 'Nothing new was imported: the workspace already holds every row.'
            : `Imported ${result.counts.new} ${result.counts.new === 1 ? 'row' : 'rows'}. A backup was taken first (${result.backup}).`}
        </p>
      )}
    </section>
  );
}

export function SpreadsheetsTab({ data, readOnly }: TabProps) {
  return (
    <div className="stack">
      <SummaryDownload workGroupId={data.workGroup.id} />
      <ImportWizard data={data} readOnly={readOnly} />
    </div>
  );
}
