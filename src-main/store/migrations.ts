import workGroups from './migrations/001-work-groups.sql?raw';
import workGroupYear from './migrations/002-work-group-year.sql?raw';
import judgements from './migrations/003-judgements.sql?raw';
import exchange from './migrations/004-exchange.sql?raw';
import searchEntries from './migrations/005-search-entries.sql?raw';
import workGroupVersions from './migrations/006-work-group-versions.sql?raw';
import erasure from './migrations/007-erasure.sql?raw';
import endOfYearDates from './migrations/008-end-of-year-dates.sql?raw';
import hubFigures from './migrations/009-hub-figures.sql?raw';
import drafts from './migrations/010-drafts.sql?raw';
import recordVersions from './migrations/011-record-versions.sql?raw';
import keyFindings from './migrations/012-key-findings.sql?raw';
import themes from './migrations/013-themes.sql?raw';
import teacherWorkspace from './migrations/014-teacher-workspace.sql?raw';
import inbox from './migrations/015-inbox.sql?raw';
import surveys from './migrations/016-surveys.sql?raw';
import kindsOfPd from './migrations/017-kinds-of-pd.sql?raw';
import researchLessons from './migrations/019-research-lessons.sql?raw';
import sustainingProjects from './migrations/020-sustaining-projects.sql?raw';
import programmeSessions from './migrations/022-programme-sessions.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Numbered and forward-only: a released migration is never edited, only followed by a new one.
export const migrations: Migration[] = [
  { version: 1, name: '001-work-groups', sql: workGroups },
  { version: 2, name: '002-work-group-year', sql: workGroupYear },
  { version: 3, name: '003-judgements', sql: judgements },
  { version: 4, name: '004-exchange', sql: exchange },
  { version: 5, name: '005-search-entries', sql: searchEntries },
  { version: 6, name: '006-work-group-versions', sql: workGroupVersions },
  { version: 7, name: '007-erasure', sql: erasure },
  { version: 8, name: '008-end-of-year-dates', sql: endOfYearDates },
  { version: 9, name: '009-hub-figures', sql: hubFigures },
  { version: 10, name: '010-drafts', sql: drafts },
  { version: 11, name: '011-record-versions', sql: recordVersions },
  { version: 12, name: '012-key-findings', sql: keyFindings },
  { version: 13, name: '013-themes', sql: themes },
  { version: 14, name: '014-teacher-workspace', sql: teacherWorkspace },
  { version: 15, name: '015-inbox', sql: inbox },
  { version: 16, name: '016-surveys', sql: surveys },
  { version: 17, name: '017-kinds-of-pd', sql: kindsOfPd },
  { version: 19, name: '019-research-lessons', sql: researchLessons },
  { version: 20, name: '020-sustaining-projects', sql: sustainingProjects },
  { version: 22, name: '022-programme-sessions', sql: programmeSessions },
];
