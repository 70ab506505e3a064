import { useState } from 'react';
import type { Output } from '../../../../src-shared/api/contract';
import {
  IMPORT_FIELDS,
  IMPORT_KINDS,
  IMPORT_KIND_LABELS,
  ROW_FATE_LABELS,
  type ColumnMapping,
  type ImportKind,
} from '../../../../src-shared/api/spreadsheets';
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

function ImportWizard({ workGroupId, readOnly }: { workGroupId: string; readOnly: boolean }) {
  const [kind, setKind] = useState<ImportKind>('schools');
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | undefined>();
  const [inspected, setInspected] = useState<Inspected | undefined>();
  const [sheetName, setSheetName] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<Preview | undefined>();
  const [result, setResult] = useState<Committed | undefined>();
  const { busy, error, run } = useAction();

  const sheet = inspected?.sheets.find((s) => s.name === sheetName);
  const chooseSheet = (name: string, from = inspected, forKind = kind) => {
    setSheetName(name);
    setMapping(from?.sheets.find((s) => s.name === name)?.proposals[forKind] ?? {});
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

  const request = () => ({ workGroupId, ...file!, kind, sheet: sheetName, mapping });
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

  const fields = IMPORT_FIELDS[kind];
  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import from a spreadsheet</h2>
      <p>
        Bring in schools, participants, attendance registers or observations from an Excel workbook (.xlsx) or a CSV
        file. You will see what happens to every row before anything is saved, and a backup is taken first. Importing
        the same file again changes nothing.
      </p>
      {readOnly && <p className="banner">This year is read-only, so nothing can be imported into it.</p>}
      <div className="form">
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
      {sheet && sheet.problems.length === 0 && (
        <>
          {sheet.suggestedKind && sheet.suggestedKind !== kind && (
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
      <ImportWizard workGroupId={data.workGroup.id} readOnly={readOnly} />
    </div>
  );
}
