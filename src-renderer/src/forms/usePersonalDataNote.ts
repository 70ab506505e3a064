import { useEffect, useState } from 'react';
import { FINDING_LABELS, type Finding } from '../../../src-shared/privacy/findings';
import { api } from '../api';
import { useRoute } from '../router';

/** How long typing must pause before the text is checked. */
const PAUSE_MS = 400;
/** How many findings the note names; the export's check lists them all. */
const NAMED = 4;

/** The quiet note under a long-text field: what may identify someone, and what to do instead. */
export function personalDataNote(findings: Finding[]): string {
  const named = [
    ...new Set(
      findings.map(({ kind, match }) =>
        kind === 'name' || kind === 'known_person' ? match : `${match} (${FINDING_LABELS[kind].toLowerCase()})`,
      ),
    ),
  ];
  if (named.length === 0) return '';
  const onlyNames = findings.every((f) => f.kind === 'name' || f.kind === 'known_person');
  const more = named.length > NAMED ? ` and ${named.length - NAMED} more` : '';
  return `This may ${onlyNames ? 'name someone' : 'identify someone'}: ${named.slice(0, NAMED).join(', ')}${more}. Focus children are recorded by code.`;
}

/**
 * Checks what is typed for personal data once typing pauses, in the main process (the check's name
 * lists are far too large for the window). It never stops a save: every export checks again.
 */
export function usePersonalDataNote(text: string): string {
  const route = useRoute();
  const workGroupId = route.name === 'workGroup' ? route.id : undefined;
  const [note, setNote] = useState('');
  // Only what is typed is checked: opening a record to edit it asks for nothing.
  const [opened] = useState(text);
  const unchecked = text.trim() === '' || text === opened;
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      if (unchecked) return setNote('');
      api
        .call('privacy.check', { texts: [text], ...(workGroupId ? { workGroupId } : {}) })
        .then(({ findings }) => current && setNote(personalDataNote(findings)))
        // A check that could not run says nothing here: the export's check still stands.
        .catch(() => current && setNote(''));
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, unchecked, workGroupId]);
  // The last note stays while the next check waits for a pause, so it does not flicker as each letter is typed.
  return unchecked ? '' : note;
}
