import { useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiFailure } from '../../../src-shared/api/client';
import type { Output, RecordKind, RecordOf } from '../../../src-shared/api/contract';
import { childKinds, RECORD_KIND_SPECS, withArticle } from '../../../src-shared/domain/recordKinds';
import { api } from '../api';
import { RecordForm } from '../forms/RecordForm';
import { checkRecord } from '../forms/checkRecord';
import { useFormContext } from '../forms/formContext';
import { useDraftedRecords } from '../forms/useDraft';
import type { KindFieldSpec, Values } from '../forms/fieldSpec';
import { callRecord, fieldsOf, recordCount, updateRecord } from '../records';
import { useRoute } from '../router';
import { ConfirmDialog } from './ConfirmDialog';
import { FoundPassage } from './FoundPassage';
import { RecordHistory, undoSave, type Undo } from './RecordHistory';
import { GroupDataContext } from '../groupData';
import { listFilters } from './listFilters';
import { RecordTable, type Column } from './RecordTable';
import { codingAddress, isCodableKind } from '../themes/addresses';
import { useTeacherRole } from '../exchange/teacherRole';

export interface RecordSectionProps<K extends RecordKind> {
  kind: K;
  /** "Participants" */
  title: string;
  /** "participant" */
  singular: string;
  rows: RecordOf<K>[];
  fields: KindFieldSpec<K>[];
  columns: Column<RecordOf<K>>[];
  rowLabel: (row: RecordOf<K>) => string;
  /** Values every new record gets without asking (the Work Group, the focus child…). */
  fixed?: Values;
  /** Starting values for a new record. */
  defaults?: Values;
  readOnly?: boolean;
  /** Rows can be edited but none added or deleted (a participant's own details in their workspace). */
  editOnly?: boolean;
  /** The record the address points at: its row is scrolled to and its form opened, unless arriveAtHighlighted is false. */
  highlightId?: string | undefined;
  /** False for a list that only marks a record shown elsewhere on the screen (the focus child open above it). */
  arriveAtHighlighted?: boolean;
  actions?: (row: RecordOf<K>) => ReactNode;
  emptyText?: string;
  intro?: ReactNode;
}

type LinkedRecords = Output<'trash.linked'>;
/** More linked records than this, and a delete is confirmed first. */
const HANDFUL = 5;
const linkedTotal = (linked: LinkedRecords) => linked.reduce((n, item) => n + item.count, 0);

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A list of one kind of record with a form beside it to add a record or edit the chosen one. */
export function RecordSection<K extends RecordKind>({
  kind,
  title,
  singular,
  rows,
  fields,
  columns,
  rowLabel,
  fixed = {},
  defaults = {},
  readOnly = false,
  editOnly = false,
  highlightId,
  arriveAtHighlighted = true,
  actions,
  emptyText,
  intro,
}: RecordSectionProps<K>) {
  const [editing, setEditing] = useState<RecordOf<K> | undefined>();
  // Chosen with its Edit button, rather than arrived at from elsewhere (a search result).
  const [editChosen, setEditChosen] = useState(false);
  // A record whose edit form holds words not saved yet is marked in the list, so they are found again.
  const drafted = useDraftedRecords(kind);
  const marked = columns.map((column, i) =>
    i === 0
      ? {
          ...column,
          cell: (row: RecordOf<K>) => (
            <>
              {column.cell(row)}
              {drafted.has(row.id) && <span className="draft-marker">Draft</span>}
            </>
          ),
        }
      : column,
  );
  const group = useContext(GroupDataContext);
  const spec = RECORD_KIND_SPECS[kind];

  // Arriving at a record (from a search result), its form opens with the whole of what was found.
  const [openedFor, setOpenedFor] = useState<string | undefined>();
  if (arriveAtHighlighted && !readOnly && highlightId !== openedFor) {
    setOpenedFor(highlightId);
    const arrivedAt = rows.find((row) => row.id === highlightId);
    if (arrivedAt) {
      setEditing(arrivedAt);
      setEditChosen(false);
    }
  }
  const route = useRoute();
  const find = route.name === 'workGroup' && editing && editing.id === highlightId ? route.find : undefined;
  const [notice, setNotice] = useState<{ text: string; undo?: Undo; error?: boolean } | undefined>();
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // Said after a save or a restore far down a long form: in view, so its Undo is seen.
  useEffect(() => {
    if (notice) noticeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [notice]);
  // A new record's draft belongs to the record it would belong to (its focus child, its Work Group…).
  const { workGroupId } = useFormContext();
  // A record with long text can be opened to code its passages to themes, even in a year kept
  // read-only; coding is the Lead's, so a participant's own workspace has no themes to code to.
  const teacher = useTeacherRole();
  const rowActions =
    workGroupId && !teacher && isCodableKind(kind)
      ? (row: RecordOf<K>) => (
          <>
            {actions?.(row)}
            <a
              className="button"
              href={codingAddress(workGroupId, kind, row.id)}
              aria-label={`Code ${singular} ${rowLabel(row)}`}
            >
              Code
            </a>
          </>
        )
      : actions;
  const parentField = RECORD_KIND_SPECS[kind].parent?.field;
  const parentId = (parentField && (fixed[parentField] as string | undefined)) || undefined;
  const draft = editing
    ? { key: `${kind}:${editing.id}`, recordId: editing.id }
    : { key: `${kind}:new:${parentId ?? workGroupId ?? 'workspace'}`, recordId: parentId };

  // A delete that takes more than a handful of linked records is confirmed first, saying what goes.
  const [confirming, setConfirming] = useState<{ row: RecordOf<K>; linked: LinkedRecords } | undefined>();
  const [deleting, setDeleting] = useState(false);

  const askThenRemove = async (row: RecordOf<K>) => {
    try {
      const linked = childKinds(kind).length > 0 ? await api.call('trash.linked', { kind, id: row.id }) : [];
      if (linkedTotal(linked) > HANDFUL) setConfirming({ row, linked });
      else await remove(row);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setNotice({ text: error.message, error: true });
    }
  };

  const remove = async (row: RecordOf<K>) => {
    try {
      const { deleted } = (await callRecord(kind, 'delete', { id: row.id })) as { deleted: number };
      if (editing?.id === row.id) setEditing(undefined);
      const also = deleted > 1 ? ` with ${deleted - 1} linked ${deleted === 2 ? 'record' : 'records'}` : '';
      const restore = async () => {
        await callRecord(kind, 'restore', { id: row.id });
        return 'Restored.';
      };
      setNotice({ text: `${sentence(rowLabel(row))} was moved to the Trash${also}.`, undo: restore });
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setNotice({ text: error.message, error: true });
    }
  };

  const undo = async (action: Undo) => {
    try {
      setNotice({ text: await action() });
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setNotice({ text: error.message, error: true });
    }
  };

  const save = async (input: Values, { confirmOutsideYear }: { confirmOutsideYear: boolean }) => {
    const problem = checkRecord(kind, { ...(editing ? fieldsOf(kind, editing as Values) : {}), ...fixed, ...input });
    if (problem) throw problem;
    if (editing) {
      const saved = (await updateRecord(kind, editing, { ...fixed, ...input }, confirmOutsideYear)) as RecordOf<K>;
      // A save that changed nothing made no version to undo.
      const changed =
        JSON.stringify(fieldsOf(kind, editing as Values)) !== JSON.stringify(fieldsOf(kind, saved as Values));
      setNotice({
        text: `Changes to ${singular} ${rowLabel(editing)} saved.`,
        ...(changed ? { undo: undoSave(kind, saved) } : {}),
      });
      setEditing(undefined);
    } else {
      const created = (await callRecord(kind, 'create', {
        ...fixed,
        ...input,
        ...(confirmOutsideYear ? { confirmOutsideYear } : {}),
      })) as RecordOf<K>;
      // Undo after adding takes the new record to the Trash, as a delete does (to be restored from there).
      const undoAdd: Undo = async () => {
        await callRecord(kind, 'delete', { id: created.id });
        return `Undone: the ${singular} you added was moved to the Trash.`;
      };
      return undoAdd;
    }
  };

  return (
    <section className="record-section" aria-label={title}>
      <div className={readOnly ? '' : 'columns'}>
        <div className="panel">
          <h2>{title}</h2>
          {intro}
          {/* Always there (empty until something is said), so that a screen reader announces it. */}
          <p
            ref={noticeRef}
            className={notice?.error ? 'notice notice-error' : 'notice'}
            role={notice?.error ? 'alert' : 'status'}
          >
            {notice?.text}
            {notice?.undo && (
              <button type="button" className="link-button" onClick={() => undo(notice.undo!)}>
                Undo
              </button>
            )}
          </p>
          <RecordTable
            label={title}
            rows={rows}
            columns={marked}
            rowLabel={(row) => `${singular} ${rowLabel(row)}`}
            onEdit={
              readOnly
                ? undefined
                : (row) => {
                    setEditing(row);
                    setEditChosen(true);
                  }
            }
            onDelete={readOnly || editOnly ? undefined : askThenRemove}
            actions={rowActions}
            emptyText={emptyText ?? `No ${title.toLowerCase()} yet.${readOnly ? '' : ' Add the first with the form.'}`}
            highlightId={highlightId ?? editing?.id}
            scrollToHighlight={arriveAtHighlighted}
            noun={singular}
            filters={listFilters(kind, rows as Values[], group) as never}
            searchText={(row) => spec.searchable.map((field) => String((row as Values)[field] ?? '')).join(' ')}
            newestFirst={spec.newestFirst}
          />
        </div>
        {!readOnly && (!editOnly || editing) && (
          <RecordForm
            key={editing ? `edit-${editing.id}` : 'new'}
            title={editing ? `Edit ${singular} ${rowLabel(editing)}` : `Add ${withArticle(singular)}`}
            fields={fields}
            record={editing ? (editing as Values) : defaults}
            submitLabel={editing ? 'Save changes' : `Add ${singular}`}
            onSubmit={save}
            onCancel={editing ? () => setEditing(undefined) : undefined}
            resetAfterSave={!editing}
            savedMessage={`${sentence(singular)} added.`}
            draft={draft}
            bringIntoView={Boolean(editing) && editChosen}
            above={
              find && (
                <FoundPassage
                  find={find}
                  texts={fields
                    .filter((field) => spec.searchable.includes(field.name))
                    .map((field) => ({ label: field.label, text: String((editing as Values)[field.name] ?? '') }))}
                />
              )
            }
          >
            {editing && (
              <RecordHistory
                kind={kind}
                id={editing.id}
                labels={Object.fromEntries(fields.map((field) => [field.name, field.label]))}
                onRestored={(text, undo) => {
                  setEditing(undefined);
                  setNotice({ text, undo });
                }}
              />
            )}
          </RecordForm>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          title={`Move ${singular} ${rowLabel(confirming.row)} to the Trash?`}
          confirmLabel={`Move to the Trash with ${linkedTotal(confirming.linked)} linked records`}
          danger
          busy={deleting}
          onConfirm={async () => {
            setDeleting(true);
            await remove(confirming.row);
            setDeleting(false);
            setConfirming(undefined);
          }}
          onCancel={() => setConfirming(undefined)}
        >
          <p>
            This {singular} has {linkedTotal(confirming.linked)} linked records (
            {confirming.linked.map((item) => recordCount(item.kind, item.count)).join(', ')}). They go to the Trash
            together.
          </p>
          <p>You can restore them all from the Trash, or with Undo straight after.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
