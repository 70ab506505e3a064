import type { RecordKind, SearchHit } from '../../../src-shared/api/contract';
import { useState } from 'react';
import { counted, dateGB, KIND_LABELS, pluralOf } from '../records';
import { paths, type WorkGroupTab } from '../router';
import { useQuery } from '../useQuery';
import { ScreenHeading } from '../components/ScreenHeading';
import { codingAddress, isCodableKind } from '../themes/addresses';

const TAB_OF: Partial<Record<string, WorkGroupTab>> = {
  schoolParticipation: 'schools',
  participant: 'participants',
  focusChild: 'focus-children',
  observation: 'focus-children',
  meeting: 'meetings',
  reading: 'readings',
  journalEntry: 'journal',
  actionResearchCycle: 'action-research',
  impactClaim: 'impact',
  researchLesson: 'meetings',
  questionnaire: 'surveys',
  surveyResponse: 'surveys',
};

/** Where a record lives: the tab of its Work Group (showing the words found, if any), or the workspace's own lists. */
export function recordAddress(kind: string, id: string, workGroupId: string | undefined, find?: string): string {
  const tab = TAB_OF[kind];
  if (workGroupId && tab) return paths.workGroup(workGroupId, tab, id, find);
  if (kind === 'project') return paths.projects();
  return paths.schools();
}

/** Where a result lives, opened at the words searched for. */
export const hitAddress = (hit: SearchHit, q?: string) => recordAddress(hit.kind, hit.id, hit.workGroupId, q);

/** The words a result was found by: from its first marked word to its last. */
const foundWords = (snippet: string) => /\[.*\]/s.exec(snippet)?.[0].replace(/[[\]]/g, '') ?? '';

/** The search index marks matches with [ and ]; show them highlighted. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('[') && part.endsWith(']') ? <mark key={i}>{part.slice(1, -1)}</mark> : part,
      )}
    </>
  );
}

function Results({ q }: { q: string }) {
  const [kind, setKind] = useState<RecordKind | undefined>();
  const { data: results, error } = useQuery('search.query', kind ? { text: q, kind } : { text: q });
  const { data: groups } = useQuery('workGroup.list', { includeArchived: true });
  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }
  if (!results) return <p className="loading">Searching…</p>;
  if (results.total === 0 && !kind) {
    return <p className="empty">Nothing matches “{q}”. Try fewer words, or the start of a word.</p>;
  }
  const { total, more, byKind, hits } = results;
  const all = byKind.reduce((sum, k) => sum + k.count, 0);
  // Past the counting limit, each number is a lower bound.
  const atLeast = (count: number) => `${count.toLocaleString('en-GB')}${more ? '+' : ''}`;
  return (
    <>
      <p className="intro" role="status">
        {more && 'At least '}
        {counted(total, 'result')} for “{q}”{kind ? ` among ${pluralOf(KIND_LABELS[kind]).toLowerCase()}` : ''}
        {total > hits.length
          ? `; the best ${hits.length} are shown. ${kind ? 'Add a word' : 'Choose a type or add a word'} to narrow them.`
          : '.'}
      </p>
      <fieldset className="chips">
        <legend>Show</legend>
        {[{ kind: undefined, count: all }, ...byKind].map((option) => (
          <label key={option.kind ?? 'all'} className={option.kind === kind ? 'chosen' : undefined}>
            <input
              type="radio"
              name="search-kind"
              checked={option.kind === kind}
              onChange={() => setKind(option.kind as RecordKind | undefined)}
            />
            {option.kind ? pluralOf(KIND_LABELS[option.kind as RecordKind] ?? option.kind) : 'Everything'} (
            {atLeast(option.count)})
          </label>
        ))}
      </fieldset>
      <ol className="results" aria-label="Search results">
        {hits.map((hit) => (
          <li key={hit.id} className="panel">
            <a href={hitAddress(hit, q)}>{hit.title}</a>
            <span className="sub">
              {[
                KIND_LABELS[hit.kind as RecordKind] ?? hit.kind,
                hit.workGroupId && groups?.find((g) => g.id === hit.workGroupId)?.code,
                hit.whose,
                hit.date && dateGB(hit.date),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            <p>
              <Snippet text={hit.snippet} />
            </p>
            {hit.workGroupId && isCodableKind(hit.kind) && foundWords(hit.snippet) && (
              <a
                className="code-hit"
                href={codingAddress(hit.workGroupId, hit.kind, hit.id, { find: foundWords(hit.snippet) })}
              >
                Code these words<span className="visually-hidden">: {foundWords(hit.snippet)}</span>
              </a>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

export function SearchScreen({ q }: { q: string }) {
  return (
    <section className="screen" aria-labelledby="search-heading">
      <ScreenHeading id="search-heading">Search</ScreenHeading>
      <p className="intro">
        Finds words in every journal entry, note, observation, claim and record of this workspace. Follow a result to
        open it where it is kept.
      </p>
      {q.trim() ? (
        <Results key={q.trim()} q={q.trim()} />
      ) : (
        <p className="empty">Type a word or two in the search box above.</p>
      )}
    </section>
  );
}
