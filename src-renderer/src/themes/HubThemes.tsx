import { useId, useState } from 'react';
import type { Input } from '../../../src-shared/api/contract';
import type { HubThemes as HubThemesFigures } from '../../../src-shared/api/themes';
import { count } from '../../../src-shared/evaluation/text';
import { INCLUDING_NARROWER } from '../../../src-shared/themes/figures';
import { api, failureMessage } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { counted } from '../records';
import { useQuery } from '../useQuery';
import './themes.css';

type HubTheme = HubThemesFigures['themes'][number];
type GroupTheme = HubTheme['groups'][number];

/** A group's theme in a line: "TRG-2025-02: Sentence stems". */
const named = (g: { code: string; name: string }) => `${g.code}: ${g.name}`;

/**
 * The hub view's themes across its Work Groups: matched by name, with each group's own themes
 * under them, and the hub lead's mapping of one group's theme to another's (and its undoing).
 */
export function HubThemes({ among }: { among: Input<'evaluation.hubThemes'> }) {
  const { data: hub, error } = useQuery('evaluation.hubThemes', among);
  const [mapping, setMapping] = useState<GroupTheme | undefined>();
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState('');

  const unmap = async (g: GroupTheme) => {
    setProblem('');
    try {
      await api.call('themes.map', { themeId: g.themeId, sameAsId: null });
      setNotice(`${named(g)} is counted under its own name again.`);
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  };

  return (
    <section className="panel hub-themes" aria-labelledby="hub-themes-heading">
      <h2 id="hub-themes-heading">Themes across the Work Groups</h2>
      <p className="intro">
        Each Work Group codes passages to its own codebook. Themes with the same name are counted together; when two
        groups name the same idea differently (“Sentence stems”, “Stem sentences”), count one as the other. Passages are
        counted {INCLUDING_NARROWER}: a broader theme’s count takes in those of the themes under it. Focus children
        under 5 are not shown.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {!hub && !error && <p className="loading">Matching the groups’ themes…</p>}
      {hub && hub.themes.length === 0 && (
        <p className="empty">
          None of these Work Groups has a theme yet. A Lead adds them on the group’s Themes tab, or as they code a
          passage.
        </p>
      )}
      {hub && hub.themes.length > 0 && (
        <div className="table-wrap">
          <table className="list hub-themes-table">
            <caption className="visually-hidden">Themes across the Work Groups, {INCLUDING_NARROWER}</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col">Work Groups coding it</th>
                <th scope="col">Coded passages</th>
                <th scope="col">Focus children</th>
                <th scope="col">Each group’s own theme</th>
              </tr>
            </thead>
            <tbody>
              {hub.themes.map((t) => (
                <tr key={t.name}>
                  <th scope="row">{t.name}</th>
                  <td className="nowrap">
                    {t.workGroupsCoding} of {t.workGroups}
                  </td>
                  <td className="nowrap figure">{t.passages.toLocaleString('en-GB')}</td>
                  <td className="nowrap figure">
                    {t.focusChildren.suppressed ? (
                      <span className="suppressed">fewer than 5</span>
                    ) : (
                      (t.focusChildren.value ?? 0).toLocaleString('en-GB')
                    )}
                  </td>
                  <td>
                    <GroupThemes theme={t} onMap={setMapping} onUnmap={unmap} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hub && mapping && (
        <MapTheme
          theme={mapping}
          hub={hub}
          onDone={(text) => {
            setMapping(undefined);
            setNotice(text);
          }}
          onCancel={() => setMapping(undefined)}
        />
      )}
    </section>
  );
}

/** The groups' own themes counted under a theme across the hub, each to map, or to unmap when mapped. */
function GroupThemes({
  theme,
  onMap,
  onUnmap,
}: {
  theme: HubTheme;
  onMap: (g: GroupTheme) => void;
  onUnmap: (g: GroupTheme) => void;
}) {
  const id = useId();
  return (
    <details className="group-themes">
      <summary>
        {count(theme.groups.length, 'group’s theme', 'groups’ themes')}
        {theme.groups.some((g) => g.mappedTo) && `, ${theme.groups.filter((g) => g.mappedTo).length} mapped`}
      </summary>
      <ul>
        {theme.groups.map((g) => (
          <li key={g.themeId}>
            {/* Each button's name is what it shows; the theme it acts on is its description. */}
            <span id={`${id}-${g.themeId}`}>
              {named(g)} <span className="sub">({counted(g.passages, 'passage')})</span>
              {g.mappedTo && <span className="sub"> counted as {named(g.mappedTo)}</span>}
            </span>
            {g.mappedTo ? (
              <button type="button" onClick={() => onUnmap(g)} aria-describedby={`${id}-${g.themeId}`}>
                Undo mapping
              </button>
            ) : (
              <button type="button" onClick={() => onMap(g)} aria-describedby={`${id}-${g.themeId}`}>
                Count as…
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Asks which theme across the hub a group's theme is to be counted as; its first other group's theme is the one mapped to. */
function MapTheme({
  theme,
  hub,
  onDone,
  onCancel,
}: {
  theme: GroupTheme;
  hub: HubThemesFigures;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  // A theme of another group, itself counted under its own name, stands for each theme across the hub.
  const targets = hub.themes.flatMap((t) => {
    const target = t.groups.find((g) => !g.mappedTo && g.workGroupId !== theme.workGroupId);
    return target && !t.groups.some((g) => g.themeId === theme.themeId) ? [{ name: t.name, target }] : [];
  });
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const target = targets.find((t) => t.target.themeId === chosen);
  const map = async () => {
    if (!target) {
      setProblem('Choose the theme to count it as.');
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await api.call('themes.map', { themeId: theme.themeId, sameAsId: target.target.themeId });
      onDone(`${named(theme)} is now counted as “${target.name}”. Undo it beside the group’s theme if need be.`);
    } catch (failure) {
      setProblem(failureMessage(failure));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={`Count “${theme.name}” (${theme.code}) as another theme`}
      confirmLabel={target ? `Count as ${target.name}` : 'Count as this theme'}
      busy={busy}
      problem={problem}
      onConfirm={map}
      onCancel={onCancel}
    >
      <p>
        Its {counted(theme.passages, 'coded passage')} will be counted with the theme you choose across the hub. The
        group’s own codebook stays as it is.
      </p>
      {targets.length === 0 ? (
        <p className="empty">No other group has a theme to count it as.</p>
      ) : (
        <label className="field">
          Count it as
          <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">Choose a theme…</option>
            {targets.map((t) => (
              <option key={t.target.themeId} value={t.target.themeId}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </ConfirmDialog>
  );
}
