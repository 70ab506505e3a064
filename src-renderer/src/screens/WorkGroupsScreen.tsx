import { useState } from 'react';
import { ApiFailure } from '../../../src-shared/api/client';
import { PD_ACTIVITY_TYPE_LABELS, type PdActivityType } from '../../../src-shared/domain/enums';
import type { WorkGroup, WorkGroupFields } from '../../../src-shared/domain/workGroup';
import { academicYearOf } from '../../../src-shared/calendar/academicYear';
import { api, failureMessage } from '../api';
import { BusyButton } from '../components/BusyButton';
import { Field } from '../components/Field';
import { DraftBar } from '../forms/DraftBar';
import { useDraft } from '../forms/useDraft';
import { HubWorkbookButton } from '../components/HubWorkbookButton';
import { filterBy } from '../components/listFilters';
import { RecordTable } from '../components/RecordTable';
import { navigate, paths } from '../router';
import { useQuery } from '../useQuery';
import { ScreenHeading } from '../components/ScreenHeading';

const NEW_WORK_GROUP_FORM = 'new-work-group';

/** Puts the cursor in the new Work Group's first field, past the list of groups. */
const focusNewWorkGroupForm = () => document.querySelector<HTMLElement>(`#${NEW_WORK_GROUP_FORM} input`)?.focus();

const emptyForm = (): WorkGroupFields => ({
  code: '',
  name: '',
  academicYear: academicYearOf(new Date()),
  projectId: '',
  leadName: '',
});

function NewWorkGroupForm() {
  const { data: projects } = useQuery('project.list', {});
  const [initial] = useState<WorkGroupFields>(emptyForm);
  const [form, setForm] = useState<WorkGroupFields>(initial);
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [saving, setSaving] = useState(false);
  const drafted = useDraft({ key: 'workGroup:new' }, initial, form, setForm);
  const set = (key: keyof WorkGroupFields) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await drafted.save(async () => {
        const created = await api.call('workGroup.create', form);
        // Straight into the new group, whose Overview says what to record first.
        navigate(paths.workGroup(created.id));
      });
    } catch (error) {
      // Keep what was typed; show the problem beside the field it concerns.
      if (error instanceof ApiFailure) setFailure(error);
      else throw error;
    } finally {
      setSaving(false);
    }
  };
  const error = (field: keyof WorkGroupFields) => failure?.fieldMessage(field);
  const discardDraft = async () => {
    await drafted.discard();
    setForm(initial);
    setFailure(undefined);
  };

  return (
    <form
      id={NEW_WORK_GROUP_FORM}
      className="panel form"
      onSubmit={submit}
      onBlur={drafted.flush}
      noValidate
      aria-labelledby="new-work-group-heading"
    >
      <h2 id="new-work-group-heading">New Work Group</h2>
      {drafted.changed && <DraftBar saving={saving} onDiscard={() => void discardDraft()} />}
      {failure && failure.error.fields.length === 0 && (
        <p className="form-error" role="alert">
          {failure.message}
        </p>
      )}
      <Field label="Code" hint="A short code, for example TRG-2025-01" error={error('code')}>
        {(p) => <input {...p} value={form.code} onChange={set('code')} autoComplete="off" />}
      </Field>
      <Field label="Name" error={error('name')}>
        {(p) => <input {...p} value={form.name} onChange={set('name')} />}
      </Field>
      <Field label="Academic year" hint="For example 2025/26" error={error('academicYear')}>
        {(p) => <input {...p} value={form.academicYear} onChange={set('academicYear')} />}
      </Field>
      <Field label="Project" hint="The national project this Work Group belongs to" error={error('projectId')}>
        {(p) => (
          <select {...p} value={form.projectId} onChange={set('projectId')}>
            <option value="">Choose a project…</option>
            {projects?.map((project) => (
              <option key={project.id} value={project.id}>
                {project.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Work Group Lead" error={error('leadName')}>
        {(p) => <input {...p} value={form.leadName} onChange={set('leadName')} />}
      </Field>
      <BusyButton type="submit" className="primary" busy={saving}>
        {saving ? 'Saving…' : 'Create Work Group'}
      </BusyButton>
    </form>
  );
}

const renameDraft = (group: WorkGroup) => ({ key: `workGroup:rename:${group.id}`, recordId: group.id });

/** Every Work Group in one list (drawn only where in view): found, filtered and sorted on the screen. */
function WorkGroupsTable({ groups }: { groups: WorkGroup[] }) {
  // A row's Rename box is open when asked for, or (until closed) when a name typed earlier waits as a draft.
  const [asked, setAsked] = useState<Record<string, boolean>>({});
  const { data: drafts } = useQuery('draft.list', {});
  const drafted = new Set(drafts?.map((d) => d.key));
  const hasDraft = (group: WorkGroup) => drafted.has(renameDraft(group).key);
  const renaming = (group: WorkGroup) => asked[group.id] ?? hasDraft(group);
  const setRenaming = (group: WorkGroup, open: boolean) => setAsked((current) => ({ ...current, [group.id]: open }));
  const archive = (group: WorkGroup) =>
    api.call('workGroup.archive', { id: group.id, archived: group.status === 'active' });
  const typeOf = (group: WorkGroup) => PD_ACTIVITY_TYPE_LABELS[group.pdActivityType as PdActivityType];
  const same = (value: string) => value;
  return (
    <RecordTable
      label="Work Groups"
      rows={groups}
      noun="Work Group"
      rowLabel={(group) => group.code}
      emptyText="There are no Work Groups yet."
      archived={(group) => group.status === 'archived'}
      filters={[
        ...filterBy(groups, { label: 'Year', allLabel: 'All years' }, (group) => group.academicYear, same),
        ...filterBy(groups, { label: 'Project', allLabel: 'All projects' }, (group) => group.projectName, same),
        ...filterBy(groups, { label: 'Type', allLabel: 'All types' }, typeOf, same),
      ]}
      columns={[
        { header: 'Code', cell: (group) => group.code, nowrap: true },
        {
          header: 'Name',
          cell: (group) =>
            renaming(group) ? (
              <RenameForm
                key={group.updatedAt}
                group={group}
                focus={asked[group.id] === true}
                onDone={() => setRenaming(group, false)}
              />
            ) : (
              <>
                <a href={paths.workGroup(group.id)}>{group.name}</a>
                {hasDraft(group) && <span className="draft-marker">Draft</span>}
              </>
            ),
        },
        { header: 'Year', cell: (group) => group.academicYear, nowrap: true },
        { header: 'Project', cell: (group) => group.projectName },
        { header: 'Type', cell: typeOf },
        { header: 'Lead', cell: (group) => group.leadName },
        { header: 'Status', cell: (group) => (group.status === 'active' ? 'Active' : 'Archived'), nowrap: true },
      ]}
      actions={(group) => (
        <>
          {!renaming(group) && (
            <button type="button" onClick={() => setRenaming(group, true)} aria-label={`Rename ${group.code}`}>
              Rename
            </button>
          )}
          <button
            type="button"
            onClick={() => void archive(group)}
            aria-label={`${group.status === 'active' ? 'Archive' : 'Restore'} ${group.code}`}
          >
            {group.status === 'active' ? 'Archive' : 'Restore'}
          </button>
        </>
      )}
    />
  );
}

/** A Work Group's new name, kept as a draft as it is typed, as in any form. */
function RenameForm({ group, focus, onDone }: { group: WorkGroup; focus: boolean; onDone: () => void }) {
  const [initial] = useState(() => ({ name: group.name }));
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const drafted = useDraft(renameDraft(group), initial, values, setValues);

  const rename = async (event?: React.FormEvent) => {
    event?.preventDefault();
    try {
      await drafted.save(() => api.call('workGroup.rename', { id: group.id, name: values.name }));
      onDone();
    } catch (failure) {
      if (failure instanceof ApiFailure) setError(failure.fieldMessage('name') ?? failure.message);
      else throw failure;
    }
  };

  return (
    <form onSubmit={rename} className="inline-form" onBlur={drafted.flush}>
      {drafted.changed && (
        <DraftBar
          onSave={() => void rename()}
          onDiscard={() => {
            void drafted.discard();
            onDone();
          }}
        />
      )}
      <Field label={`New name for ${group.code}`} error={error}>
        {(p) => (
          <input {...p} value={values.name} onChange={(e) => setValues({ name: e.target.value })} autoFocus={focus} />
        )}
      </Field>
      <button type="submit">Save</button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

/** What an empty workspace shows: what the app is for, and the two ways to begin. */
function FirstRun() {
  const [opening, setOpening] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const openDemo = async () => {
    setOpening(true);
    setProblem(undefined);
    try {
      const demo = await api.call('demo.load', {});
      navigate(paths.workGroup(demo.workGroupId));
    } catch (error) {
      setProblem(failureMessage(error));
      setOpening(false);
    }
  };
  return (
    <section className="panel first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">Welcome to Work Group Evaluator</h2>
      <p>
        Keep your Work Group’s year here as it happens: the schools and their senior leaders, your participants and
        their research questions, the meetings and readings, the focus children’s pen portraits and observations, the
        journals and the impact you see.
      </p>
      <p>
        At any point you can see how the year measures up against the DfE Standard for teachers’ professional
        development and the NCETM outcome areas, and what evidence is still missing. At the end of the year the case
        studies, the report and the Excel summary take seconds rather than weeks. Everything stays on this computer.
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={focusNewWorkGroupForm}>
          Create a Work Group
        </button>
        <BusyButton type="button" onClick={openDemo} busy={opening}>
          Open the demo
        </BusyButton>
      </div>
      <p className="field-hint">
        The demo fills this empty workspace with one invented Work Group’s year (7 schools, 14 teachers, 42 focus
        children) to look around, and a smaller group in its second year beside last year’s. Every name in it is made
        up. When you are ready for your own, move each of them to the Trash from its Overview tab.
      </p>
      <p className="status" role="status">
        {opening ? 'Opening the demo…' : ''}
      </p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

export function WorkGroupsScreen() {
  const [includeArchived, setIncludeArchived] = useState(false);
  // Every Work Group, archived too, so that an empty workspace is told apart from one whose groups are archived.
  const { data: all, error: problem } = useQuery('workGroup.list', { includeArchived: true });
  const groups = includeArchived ? all : all?.filter((group) => group.status === 'active');

  return (
    <section className="screen" aria-labelledby="work-groups-heading">
      <ScreenHeading id="work-groups-heading">Work Groups</ScreenHeading>
      {all && all.length > 0 && (
        <p className="intro">
          Each Work Group is one year of your group of schools. Open one to record its year and see how it measures up,
          or{' '}
          <button type="button" className="link-button" onClick={focusNewWorkGroupForm}>
            create a new Work Group
          </button>
          .
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="columns">
        {all && all.length === 0 ? (
          <FirstRun />
        ) : (
          <div className="panel">
            <label className="checkbox">
              <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
              Show archived Work Groups
            </label>
            {groups && groups.length > 0 && <HubWorkbookButton />}
            {groups && groups.length === 0 && (
              <p className="empty">
                Every Work Group in this workspace is archived. Tick “Show archived Work Groups” to see them, or create
                a new one with the form.
              </p>
            )}
            {groups && groups.length > 0 && <WorkGroupsTable groups={groups} />}
          </div>
        )}
        <NewWorkGroupForm />
      </div>
    </section>
  );
}
