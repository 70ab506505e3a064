import type { ThemeFigures } from '../../../src-shared/api/themes';

/** Pairs shown at most: the strongest, so the list reads at a glance. */
const PAIRS_SHOWN = 15;

/** Which themes are coded together: in the same record, and in passages that overlap. */
export function ThemesTogether({ figures }: { figures: ThemeFigures }) {
  const name = new Map(figures.themes.map((t) => [t.id, t.name]));
  const pairs = [...figures.coOccurrence]
    .sort((a, b) => b.records - a.records || b.overlapping - a.overlapping)
    .slice(0, PAIRS_SHOWN);
  return (
    <section className="panel" aria-labelledby="together-heading">
      <h2 id="together-heading">Themes that occur together</h2>
      {pairs.length === 0 ? (
        <p className="empty">No two themes are coded in the same record yet.</p>
      ) : (
        <>
          <p className="intro">
            Pairs of themes coded in the same record, most often first
            {figures.coOccurrence.length > PAIRS_SHOWN ? ` (the ${PAIRS_SHOWN} strongest pairs)` : ''}.
          </p>
          <div className="table-wrap">
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">Theme</th>
                  <th scope="col">Occurs with</th>
                  <th scope="col" className="nowrap">
                    Records with both
                  </th>
                  <th scope="col" className="nowrap">
                    Overlapping passages
                  </th>
                </tr>
              </thead>
              <tbody>
                {pairs.map((pair) => (
                  <tr key={`${pair.themeId} ${pair.otherId}`}>
                    <td>{name.get(pair.themeId)}</td>
                    <td>{name.get(pair.otherId)}</td>
                    <td>{pair.records}</td>
                    <td>{pair.overlapping}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
