import type { CSSProperties } from 'react';
import type { ThemeFigures } from '../../../src-shared/api/themes';
import { CHANGE_JUDGEMENT } from '../../../src-shared/domain/enums';

type Spread = ThemeFigures['change'][number]['with'];

/** From no noticeable change (1) to substantial change (5): light to dark. */
const SHADES = ['#dbe7f4', '#a9c6e6', '#6f9fd3', '#3a76b8', '#174a84'];

const judgementLabel = (judgement: number) => (CHANGE_JUDGEMENT.labels as Record<string, string>)[String(judgement)];

const childCount = (spread: Spread) => (spread.n.suppressed ? 'fewer than 5' : String(spread.n.value ?? 0));

/** How many children had each judgement of change, as a bar, with the counts in words for screen readers. */
function SpreadBar({ spread }: { spread: Spread }) {
  if (!spread.judgements) return <span className="sub">Not shown: too few children</span>;
  const judged = spread.judgements.reduce((sum, j) => sum + j.count, 0);
  const words = spread.judgements.map((j) => `${judgementLabel(j.judgement)}: ${j.count}`).join('; ');
  return (
    <>
      <span className="change-bar" aria-hidden="true">
        {spread.judgements.map((j) => (
          <span
            key={j.judgement}
            title={`${judgementLabel(j.judgement)}: ${j.count}`}
            style={
              {
                width: `${(j.count / Math.max(judged, 1)) * 100}%`,
                background: SHADES[j.judgement - 1],
              } as CSSProperties
            }
          />
        ))}
      </span>
      <span className="visually-hidden">{words}</span>
      <span className="sub">
        Median {spread.median}
        {spread.notJudged > 0 && `; ${spread.notJudged} not yet judged`}
      </span>
    </>
  );
}

/**
 * For each theme, the end-of-year change of the focus children whose records carry it beside the
 * others': worded as association, never cause, with n always shown and small numbers withheld.
 */
export function ThemesAndChange({ figures }: { figures: ThemeFigures }) {
  const name = new Map(figures.themes.map((t) => [t.id, t.name]));
  return (
    <section className="panel" aria-labelledby="change-heading">
      <h2 id="change-heading">Themes and change</h2>
      <p className="intro">
        The judgements of change (1 no noticeable change to 5 substantial change) of the focus children whose records
        carry each theme, beside the other focus children’s. A theme found beside more change is worth a closer look; it
        does not show that the theme caused it. Fewer than 5 children are never shown.
      </p>
      <ul className="change-legend" aria-label="Judgements of change">
        {SHADES.map((shade, i) => (
          <li key={shade}>
            <span className="swatch" style={{ background: shade }} aria-hidden="true" />
            {judgementLabel(i + 1)}
          </li>
        ))}
      </ul>
      {figures.change.length === 0 ? (
        <p className="empty">No themes yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="list change-table">
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col">Children whose records carry it</th>
                <th scope="col">Their change</th>
                <th scope="col">The other children</th>
                <th scope="col">The others’ change</th>
              </tr>
            </thead>
            <tbody>
              {figures.change.map((row) => (
                <tr key={row.themeId}>
                  <th scope="row">
                    {name.get(row.themeId)}
                    <span className="sub">{row.wording}</span>
                  </th>
                  <td className="centre">n = {childCount(row.with)}</td>
                  <td>
                    <SpreadBar spread={row.with} />
                  </td>
                  <td className="centre">n = {childCount(row.without)}</td>
                  <td>
                    <SpreadBar spread={row.without} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
