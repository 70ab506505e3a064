import { CODABLE_FIELDS, type CodableKind } from '../../src-shared/themes/fields';
import { STARTER_THEMES } from '../../src-shared/themes/starter';
import type { Call } from './call';
import type { Random } from './random';

// The demo's coding: each Work Group takes the starter codebook, and a Lead's share of its records'
// sentences is coded to the themes whose words they use (the demo's own phrases, src-main/demo/voice.ts
// and the Work Group's topic in themes.ts), so the themes views and outputs have something to show.

/** The words that mark a sentence as being about a starter theme. */
const CUES: Record<string, RegExp> = {
  'Bar models': /\bbar models?\b|\ba bar drawn\b/i,
  'Number lines': /\bnumber lines?\b/i,
  'Concrete resources (CPA)':
    /Cuisenaire|counters|manipulatives|paper strips|fraction walls?|Dienes|base[- ]ten|algebra tiles|to the abstract|\bconcrete\b/i,
  'Stem sentences': /stem sentence|a sentence to start from|The sentence helps/i,
  'Talk partners': /\bpartner\b|in (?:mixed )?pairs/i,
  Questioning: /How do you know|key questions/i,
  'Pre-teaching': /Pre-teach/i,
  'Same-day intervention': /Same-day intervention/i,
  Misconceptions: /misconception|find the mistake|spots the error|why it is wrong|errors show|still tends to/i,
  'Assessment for learning': /mini-whiteboards|retrieval check|see every answer/i,
  Variation: /variation|varied|“same and different”|same but a bit different/i,
  'Fluency practice': /fluency|quick-fire/i,
  Reasoning: /\breasoning\b|generalis|explained clearly/i,
  'Collaborative planning': /Planned today’s lesson with|Team-taught|planned the research lesson together/i,
};

/** How likely a Lead is to have coded a record of each kind, and at most how many of its sentences. */
const SHARE: Record<CodableKind, number> = {
  journalEntry: 0.6,
  observation: 0.45,
  focusChild: 0.5,
  meeting: 0.6,
  schoolParticipation: 0.4,
  actionResearchCycle: 0.5,
};
const SENTENCES_PER_RECORD = 2;

const sentences = (text: string) =>
  [...text.matchAll(/[^.!?\n]+[.!?]*[”"]?/g)].map((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    const words = m[0].trim();
    return { start: m.index + lead, words };
  });

/** Codes a realistic share of one Work Group's text; returns the passages coded. */
export function codeDemoWorkGroup(call: Call, workGroupId: string, random: Random): number {
  const themes = call('themes.addStarter', { workGroupId, names: STARTER_THEMES.map((t) => t.name) });
  const idOf = new Map(themes.map((t) => [t.name, t.id]));
  let coded = 0;
  const lists: Record<CodableKind, () => { id: string }[]> = {
    journalEntry: () => call('journalEntry.list', { workGroupId }),
    observation: () => call('observation.list', { workGroupId }),
    focusChild: () => call('focusChild.list', { workGroupId }),
    meeting: () => call('meeting.list', { workGroupId }),
    schoolParticipation: () => call('schoolParticipation.list', { workGroupId }),
    actionResearchCycle: () => call('actionResearchCycle.list', { workGroupId }),
  };
  for (const recordKind of Object.keys(CODABLE_FIELDS) as CodableKind[]) {
    for (const record of lists[recordKind]()) {
      if (!random.chance(SHARE[recordKind])) continue;
      let left = SENTENCES_PER_RECORD;
      for (const field of Object.keys(CODABLE_FIELDS[recordKind])) {
        const text = String((record as Record<string, unknown>)[field] ?? '');
        for (const sentence of sentences(text)) {
          if (left === 0) break;
          const themeIds = Object.entries(CUES)
            .filter(([, cue]) => cue.test(sentence.words))
            .map(([name]) => idOf.get(name)!);
          if (themeIds.length === 0) continue;
          call('codedPassage.create', {
            workGroupId,
            recordKind,
            recordId: record.id,
            field,
            startOffset: sentence.start,
            endOffset: sentence.start + sentence.words.length,
            words: sentence.words,
            themeIds,
          });
          coded += 1;
          left -= 1;
        }
      }
    }
  }
  return coded;
}
