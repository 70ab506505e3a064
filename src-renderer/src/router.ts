import { useSyncExternalStore } from 'react';

// A tiny hash router: the address after "#" says which screen is showing, so links, the Back
// button and a reload all work without a server or a routing library.

export const WORK_GROUP_TABS = [
  { slug: 'overview', label: 'Overview' },
  { slug: 'schools', label: 'Schools and leaders' },
  { slug: 'participants', label: 'Participants' },
  { slug: 'focus-children', label: 'Focus children' },
  { slug: 'meetings', label: 'Meetings' },
  { slug: 'readings', label: 'Readings' },
  { slug: 'journal', label: 'Journal' },
  { slug: 'action-research', label: 'Action research' },
  { slug: 'impact', label: 'Impact claims' },
  { slug: 'surveys', label: 'Surveys' },
  { slug: 'themes', label: 'Themes' },
  // Only a programme records its cohort and its sessions with the NCETM materials' units (kindRules.ts).
  { slug: 'programme', label: 'Sessions and cohort', kinds: ['programme'] },
  // Only targeted support records support days and an action plan (kindRules.ts, NCETM types of PD).
  { slug: 'support', label: 'Support days', kinds: ['targeted_support'] },
  { slug: 'evaluation', label: 'Evaluation' },
  { slug: 'spreadsheets', label: 'Spreadsheets' },
] as const;
export type WorkGroupTab = (typeof WORK_GROUP_TABS)[number]['slug'];

export type Route =
  | { name: 'workGroups' }
  /** find: the words a search found in the record, to show them in it. */
  | { name: 'workGroup'; id: string; tab: WorkGroupTab; itemId?: string; find?: string }
  | { name: 'trash' }
  | { name: 'search'; q: string }
  | { name: 'schools' }
  | { name: 'projects' }
  | { name: 'hub' }
  | { name: 'backups' }
  | { name: 'inbox' }
  | { name: 'notFound' };

const isTab = (slug: string): slug is WorkGroupTab => WORK_GROUP_TABS.some((t) => t.slug === slug);

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'workGroups' };
  const [first, id, tab = 'overview', itemId] = parts;
  if (first === 'work-groups' && id && isTab(tab)) {
    const find = (itemId && new URLSearchParams(query).get('find')) || undefined;
    if (!itemId) return { name: 'workGroup', id, tab };
    return find ? { name: 'workGroup', id, tab, itemId, find } : { name: 'workGroup', id, tab, itemId };
  }
  if (parts.length === 1 && first === 'trash') return { name: 'trash' };
  if (parts.length === 1 && first === 'schools') return { name: 'schools' };
  if (parts.length === 1 && first === 'projects') return { name: 'projects' };
  if (parts.length === 1 && first === 'hub') return { name: 'hub' };
  if (parts.length === 1 && first === 'backups') return { name: 'backups' };
  if (parts.length === 1 && first === 'inbox') return { name: 'inbox' };
  if (parts.length === 1 && first === 'search') return { name: 'search', q: new URLSearchParams(query).get('q') ?? '' };
  return { name: 'notFound' };
}

export const paths = {
  workGroups: () => '#/',
  workGroup: (id: string, tab: WorkGroupTab = 'overview', itemId?: string, find?: string) =>
    `#/work-groups/${encodeURIComponent(id)}/${tab}${itemId ? `/${encodeURIComponent(itemId)}` : ''}${
      itemId && find ? `?${new URLSearchParams({ find }).toString()}` : ''
    }`,
  trash: () => '#/trash',
  search: (q: string) => `#/search?${new URLSearchParams({ q }).toString()}`,
  schools: () => '#/schools',
  projects: () => '#/projects',
  hub: () => '#/hub',
  backups: () => '#/backups',
  inbox: () => '#/inbox',
};

export function navigate(hash: string): void {
  window.location.hash = hash;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current address, re-read whenever it changes. */
export function useHash(): string {
  // Drawn without a window (a form's markup in a test), the address is empty.
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
}

export function useRoute(): Route {
  return parseHash(useHash());
}
