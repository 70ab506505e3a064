import { useEffect, useRef, useState, type FormEvent } from 'react';
import { focusScreenHeading, ScreenHeading } from './components/ScreenHeading';
import { navigate, paths, useRoute, type Route } from './router';
import { BackupsScreen } from './screens/BackupsScreen';
import { InboxScreen } from './screens/InboxScreen';
import { HubScreen } from './screens/HubScreen';
import { SearchScreen } from './screens/SearchScreen';
import { TrashScreen } from './screens/TrashScreen';
import { WorkGroupPage } from './screens/WorkGroupPage';
import { WorkGroupsScreen } from './screens/WorkGroupsScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { ProjectsScreen, SchoolsScreen } from './screens/WorkspaceListsScreen';
import { useQuery } from './useQuery';
import { useTeacherRole } from './exchange/teacherRole';
import type { TeacherRole } from '../../src-shared/api/workspace';

const NAV = [
  {
    href: paths.workGroups(),
    label: 'Work Groups',
    active: (r: Route) => r.name === 'workGroups' || r.name === 'workGroup',
  },
  { href: paths.hub(), label: 'Hub view', active: (r: Route) => r.name === 'hub' },
  { href: paths.schools(), label: 'Schools', active: (r: Route) => r.name === 'schools' },
  { href: paths.projects(), label: 'Projects', active: (r: Route) => r.name === 'projects' },
  { href: paths.trash(), label: 'Trash', active: (r: Route) => r.name === 'trash' },
  { href: paths.backups(), label: 'Backups', active: (r: Route) => r.name === 'backups' },
  { href: paths.inbox(), label: 'Inbox', active: (r: Route) => r.name === 'inbox' },
];

/** A participant's own workspace: their Work Group, and the Lead's screens (hub, schools, projects) left out. */
const teacherNav = (workGroupId: string) => [
  {
    href: paths.workGroup(workGroupId),
    label: 'My Work Group',
    active: (r: Route) => r.name === 'workGroups' || r.name === 'workGroup',
  },
  ...NAV.filter((item) => [paths.trash(), paths.backups(), paths.inbox()].includes(item.href)),
];

function SearchBox({ route }: { route: Route }) {
  const routeQuery = route.name === 'search' ? route.q : '';
  const [text, setText] = useState(routeQuery);
  const [shownFor, setShownFor] = useState(routeQuery);
  if (shownFor !== routeQuery) {
    setShownFor(routeQuery);
    setText(routeQuery);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(paths.search(text.trim()));
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="search-text" className="visually-hidden">
        Search everything
      </label>
      <input
        id="search-text"
        type="search"
        placeholder="Search journals, notes, children…"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}

function Screen({ route, teacher }: { route: Route; teacher: TeacherRole | undefined }) {
  if (teacher && (route.name === 'hub' || route.name === 'schools' || route.name === 'projects')) {
    return (
      <section className="screen">
        <ScreenHeading>The Lead’s part</ScreenHeading>
        <p>
          This is your own workspace for your part of the Work Group: the hub, schools and projects are kept by the
          Lead. <a href={paths.workGroup(teacher.workGroupId)}>Go to your Work Group</a>.
        </p>
      </section>
    );
  }
  switch (route.name) {
    case 'workGroups':
      return teacher ? <WorkGroupPage id={teacher.workGroupId} tab="overview" /> : <WorkGroupsScreen />;
    case 'workGroup':
      return <WorkGroupPage key={route.id} id={route.id} tab={route.tab} itemId={route.itemId} />;
    case 'trash':
      return <TrashScreen />;
    case 'search':
      return <SearchScreen key={route.q} q={route.q} />;
    case 'schools':
      return <SchoolsScreen />;
    case 'projects':
      return <ProjectsScreen />;
    case 'hub':
      return <HubScreen />;
    case 'backups':
      return <BackupsScreen />;
    case 'inbox':
      return <InboxScreen />;
    case 'notFound':
      return (
        <section className="screen">
          <ScreenHeading>Page not found</ScreenHeading>
          <p>
            There is nothing at this address. <a href={paths.workGroups()}>Go to the list of Work Groups</a>.
          </p>
        </section>
      );
  }
}

/** The app, once the workspace is open; an encrypted one opened without its passphrase asks for it first. */
export function App() {
  const { data: status, error } = useQuery('workspace.status', {});
  if (status?.locked) return <UnlockScreen name={status.name} />;
  return status || error ? <Workspace /> : null;
}

function Workspace() {
  const route = useRoute();
  const teacher = useTeacherRole();
  const nav = teacher ? teacherNav(teacher.workGroupId) : NAV;
  const screenKey = route.name === 'workGroup' ? `${route.name}/${route.id}/${route.tab}` : route.name;

  // After moving to another screen, start keyboard and screen-reader users at its heading.
  const lastKey = useRef(screenKey);
  useEffect(() => {
    if (screenKey === lastKey.current) return;
    lastKey.current = screenKey;
    focusScreenHeading();
  }, [screenKey]);

  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to the content
      </button>
      <header className="app-header">
        <a className="app-name" href={paths.workGroups()}>
          Work Group Evaluator
        </a>
        <nav aria-label="Main" className="main-nav">
          {nav.map((item) => (
            <a key={item.href} href={item.href} aria-current={item.active(route) ? 'page' : undefined}>
              {item.label}
            </a>
          ))}
        </nav>
        <SearchBox route={route} />
      </header>
      <main className="app-main" id="main" tabIndex={-1}>
        <Screen route={route} teacher={teacher} />
      </main>
    </div>
  );
}
