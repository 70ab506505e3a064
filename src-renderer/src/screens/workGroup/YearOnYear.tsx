import { useQuery } from '../../useQuery';

/** A rolled-over group's year beside the year before it, as the report and slides compare them; nothing in a first year. */
export function YearOnYear({ workGroupId }: { workGroupId: string }) {
  const { data: comparison } = useQuery('evaluation.yearOnYear', { id: workGroupId });
  if (!comparison) return null;
  const [previous, current] = comparison.years;
  return (
    <section className="panel" aria-labelledby="year-on-year-heading">
      <h2 id="year-on-year-heading">This year beside last year</h2>
      <p className="intro">
        {current.code} continues {previous.code}: last year’s end is this year’s starting point.
      </p>
      <div className="table-wrap">
        <table className="list" aria-labelledby="year-on-year-heading">
          <thead>
            <tr>
              <th scope="col">Compared</th>
              <th scope="col">{previous.academicYear}</th>
              <th scope="col">{current.academicYear}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.previous}</td>
                <td>{r.current}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
