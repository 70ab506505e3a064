import { citationAuthors, scanForPersonalData } from '../../src-shared/privacy/scan';
import type { Store } from '../store/store';
import type { Handlers } from './handlers';

/**
 * The check shown while typing: the same check as every export's, with the Work Group's own teachers,
 * leaders and schools flagged (exports withhold them unless the Lead chooses to show them) and its
 * reading list allowed. It reads and changes nothing else.
 */
export function privacyHandlers(store: Store): Handlers<'privacy.'> {
  const column = (sql: string) => (workGroupId: string) =>
    store
      .statement<{ workGroupId: string }, { text: string }>(sql)
      .all({ workGroupId })
      .map((row) => row.text);
  const people = column(`
    SELECT name AS text FROM participant WHERE work_group_id = @workGroupId AND deleted_at IS NULL
    UNION SELECT senior_leader_name FROM school_participation WHERE work_group_id = @workGroupId AND deleted_at IS NULL
    UNION SELECT lead_name FROM work_group WHERE id = @workGroupId`);
  const schools = column(`
    SELECT school.name AS text FROM school JOIN school_participation AS taking ON taking.school_id = school.id
    WHERE taking.work_group_id = @workGroupId AND taking.deleted_at IS NULL`);
  const citations = column(
    'SELECT citation AS text FROM reading WHERE work_group_id = @workGroupId AND deleted_at IS NULL',
  );
  return {
    'privacy.check': ({ texts, workGroupId }) => {
      const cited = workGroupId ? citations(workGroupId) : [];
      const scope = workGroupId
        ? {
            people: people(workGroupId),
            schools: schools(workGroupId),
            allowed: cited,
            allowedWords: cited.flatMap(citationAuthors),
          }
        : {};
      const findings = scanForPersonalData(
        texts.map((text, i) => ({ where: String(i + 1), text })),
        scope,
      );
      return { findings };
    },
  };
}
