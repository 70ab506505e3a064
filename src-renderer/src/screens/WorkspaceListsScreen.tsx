import { PD_ACTIVITY_TYPE, PHASE } from '../../../src-shared/domain/enums';
import { RecordSection } from '../components/RecordSection';
import { enumOptions } from '../forms/fieldSpec';
import { useQuery } from '../useQuery';
import { schoolFieldSpecs } from './workGroup/recordTabs';
import { ScreenHeading } from '../components/ScreenHeading';

/** The schools every Work Group in the workspace can draw on. */
export function SchoolsScreen() {
  const { data: schools, error } = useQuery('school.list', {});
  return (
    <section className="screen" aria-labelledby="schools-heading">
      <ScreenHeading id="schools-heading">Schools</ScreenHeading>
      <p className="intro">
        Every school your Work Groups work with. Add a school here once, then choose it on the Schools and leaders tab
        of each Work Group it joins.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {schools && (
        <RecordSection
          kind="school"
          title="All schools"
          singular="school"
          rows={schools}
          fields={schoolFieldSpecs()}
          defaults={{ phase: 'primary' }}
          rowLabel={(s) => s.name}
          columns={[
            { header: 'Name', cell: (s) => s.name },
            { header: 'URN', cell: (s) => s.urn || '–', nowrap: true },
            { header: 'Phase', cell: (s) => PHASE.labels[s.phase], nowrap: true },
          ]}
        />
      )}
    </section>
  );
}

/** The hub's projects, which Work Groups belong to. */
export function ProjectsScreen() {
  const { data: projects, error } = useQuery('project.list', {});
  return (
    <section className="screen" aria-labelledby="projects-heading">
      <ScreenHeading id="projects-heading">Projects</ScreenHeading>
      <p className="intro">
        The national projects your hub runs. Each Work Group belongs to one, which sets its kind of professional
        development; add a project here before creating its first Work Group.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {projects && (
        <RecordSection
          kind="project"
          title="All projects"
          singular="project"
          rows={projects}
          fields={[
            { name: 'name', label: 'Project name', type: 'text' },
            {
              name: 'pdActivityType',
              label: 'PD activity type',
              type: 'select',
              options: enumOptions(PD_ACTIVITY_TYPE.labels),
            },
            { name: 'phase', label: 'Phase', type: 'select', options: enumOptions(PHASE.labels) },
          ]}
          defaults={{ pdActivityType: 'work_group', phase: 'primary' }}
          rowLabel={(p) => p.name}
          columns={[
            { header: 'Name', cell: (p) => p.name },
            { header: 'PD activity type', cell: (p) => PD_ACTIVITY_TYPE.labels[p.pdActivityType] },
            { header: 'Phase', cell: (p) => PHASE.labels[p.phase], nowrap: true },
          ]}
        />
      )}
    </section>
  );
}
