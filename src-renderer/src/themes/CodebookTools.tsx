import { useState } from 'react';
import type { RecordOf } from '../../../src-shared/api/contract';
import { STARTER_THEMES } from '../../../src-shared/themes/starter';
import { api, failureMessage } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { counted } from '../records';

type Theme = RecordOf<'theme'>;
const folded = (name: string) => name.trim().toLocaleLowerCase('en-GB');

/** Offers the starter themes the codebook does not have yet, each to tick or leave. */
export function StarterThemes({ workGroupId, themes }: { workGroupId: string; themes: readonly Theme[] }) {
  const have = new Set(themes.map((t) => folded(t.name)));
  const offered = STARTER_THEMES.filter((t) => !have.has(folded(t.name)));
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState('');
  if (offered.length === 0 && !done) return null;
  const add = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const added = await api.call('themes.addStarter', { workGroupId, names: chosen });
      setDone(`${counted(added.length, 'starter theme')} added to the codebook.`);
      setOpen(false);
    } catch (error) {
      setProblem(failureMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="starter-themes">
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {offered.length > 0 && (
        <p>
          <button
            type="button"
            onClick={() => {
              setChosen(offered.map((t) => t.name));
              setOpen(true);
            }}
          >
            Add starter themes…
          </button>{' '}
          <span className="field-hint">
            Common themes of mathematics teaching, such as stem sentences and bar models, to edit or leave out.
          </span>
        </p>
      )}
      {open && (
        <ConfirmDialog
          title="Add starter themes"
          confirmLabel={`Add ${counted(chosen.length, 'theme')}`}
          busy={busy || chosen.length === 0}
          problem={problem}
          onConfirm={add}
          onCancel={() => setOpen(false)}
        >
          <p>Untick any your group will not use. You can rename, describe or retire them afterwards.</p>
          <fieldset className="group">
            <legend>Starter themes</legend>
            <div className="checkboxes starter-list">
              {offered.map((t) => (
                <label key={t.name} className={t.parent ? 'checkbox sub-theme-choice' : 'checkbox'}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(t.name)}
                    onChange={(event) =>
                      setChosen(event.target.checked ? [...chosen, t.name] : chosen.filter((n) => n !== t.name))
                    }
                  />
                  <span>
                    {t.name}
                    <span className="sub">{t.description}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** Merges a theme into another the Lead chooses: its passages and narrower themes move there, and it goes to the Trash. */
export function MergeTheme({
  theme,
  themes,
  passages,
  onMerged,
}: {
  theme: Theme;
  themes: readonly Theme[];
  passages: number;
  onMerged: (text: string) => void;
}) {
  const others = themes.filter((t) => t.id !== theme.id);
  const [open, setOpen] = useState(false);
  const [intoId, setIntoId] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  if (others.length === 0) return null;
  const into = others.find((t) => t.id === intoId);
  const merge = async () => {
    if (!into) {
      setProblem('Choose the theme to merge it into.');
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await api.call('themes.merge', { id: theme.id, intoId: into.id });
      setOpen(false);
      onMerged(`${theme.name} merged into ${into.name}; it is in the Trash should you need it back.`);
    } catch (error) {
      setProblem(failureMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-label={`Merge theme ${theme.name} into another`}>
        Merge
      </button>
      {open && (
        <ConfirmDialog
          title={`Merge “${theme.name}” into another theme`}
          confirmLabel={into ? `Merge into ${into.name}` : 'Merge'}
          busy={busy}
          problem={problem}
          onConfirm={merge}
          onCancel={() => setOpen(false)}
        >
          <p>
            Its {counted(passages, 'coded passage')} and any narrower themes move to the theme you choose, and “
            {theme.name}” goes to the Trash.
          </p>
          <label className="field">
            Merge into
            <select value={intoId} onChange={(event) => setIntoId(event.target.value)}>
              <option value="">Choose a theme…</option>
              {others.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        </ConfirmDialog>
      )}
    </>
  );
}
