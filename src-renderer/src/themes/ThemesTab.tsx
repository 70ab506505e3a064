import { useState } from 'react';
import { paths, useHash } from '../router';
import { useQuery } from '../useQuery';
import type { TabProps } from '../screens/workGroup/tabProps';
import { codingTarget } from './addresses';
import { Codebook } from './Codebook';
import { MergeTheme, StarterThemes } from './CodebookTools';
import { CodingView } from './CodingView';
import { ThemeMatrix } from './ThemeMatrix';
import { ThemesAndChange } from './ThemesAndChange';
import { ThemesTogether } from './ThemesTogether';
import './themes.css';

/**
 * A Work Group's themes: where they occur and beside what change, and its codebook; or, with a
 * record in the address, that record's text to code.
 */
export function ThemesTab({ data, readOnly, itemId }: TabProps) {
  const hash = useHash();
  const target = itemId ? codingTarget(itemId, hash) : undefined;
  if (target) {
    return (
      <>
        <p className="breadcrumb">
          <a href={paths.workGroup(data.workGroup.id, 'themes')}>All themes</a> › Coding
        </p>
        <CodingView
          key={`${target.recordId} ${target.passage ?? ''} ${target.find ?? ''}`}
          data={data}
          kind={target.kind}
          recordId={target.recordId}
          passage={target.passage}
          find={target.find}
          readOnly={readOnly}
        />
      </>
    );
  }
  return <ThemesOverview data={data} readOnly={readOnly} itemId={itemId} />;
}

function ThemesOverview({ data, readOnly, itemId }: TabProps) {
  const workGroupId = data.workGroup.id;
  const { data: figures, error } = useQuery('evaluation.themes', { workGroupId });
  const [notice, setNotice] = useState('');
  const passages = new Map(figures?.themes.map((t) => [t.id, t.passages]));
  return (
    <div className="themes-tab">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!figures && !error && <p className="loading">Working out the themes…</p>}
      {figures && figures.themes.length > 0 && <ThemeMatrix figures={figures} workGroupId={workGroupId} />}
      {figures && figures.themes.length === 0 && (
        <section className="panel">
          <h2>Start coding</h2>
          <p>
            Open a journal entry, an observation, a pen portrait or a meeting’s notes and choose <strong>Code</strong>{' '}
            in its list, or search for words and choose <strong>Code these words</strong> beside a result. Select words,
            then name a theme for them: it is added to the codebook below as you go. Or start from the starter themes.
          </p>
        </section>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <Codebook
        data={data}
        readOnly={readOnly}
        highlightId={itemId}
        passages={(id) => passages.get(id)}
        intro={!readOnly && <StarterThemes workGroupId={workGroupId} themes={data.theme} />}
        actions={
          readOnly
            ? undefined
            : (theme) => (
                <MergeTheme
                  theme={theme}
                  themes={data.theme}
                  passages={passages.get(theme.id) ?? 0}
                  onMerged={setNotice}
                />
              )
        }
      />
      {figures && figures.themes.length > 0 && (
        <>
          <ThemesTogether figures={figures} />
          <ThemesAndChange figures={figures} />
        </>
      )}
    </div>
  );
}
