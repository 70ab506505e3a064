import type { WorkGroupEvaluationResult } from '../../../src-shared/api/evaluation';
import { guskeyEvidenceText, guskeyStrengthText } from '../../../src-shared/evaluation/guskeyLevels';
import { type Block, bullets, heading, labelled, note, table } from './blocks';

/** The report's "Evidence by level": Guskey's five levels, each with its evidence, strength and what is missing. */
export function guskeySection(evaluation: WorkGroupEvaluationResult): Block[] {
  const levels = evaluation.guskeyLevels;
  const missing = levels.filter((l) => l.missing);
  return [
    heading('Evidence by level'),
    note(
      'Guskey’s five levels of evaluating professional development, from participants’ reactions to pupils’ learning. Each record counts at the level it is tagged with; a level’s strength is that of its strongest record.',
    ),
    table(
      ['Level', 'Evidence', 'Strength', 'Strongest records'],
      levels.map((l) => [
        l.label,
        guskeyEvidenceText(l),
        guskeyStrengthText(l),
        l.strongest.map((r) => (r.strength ? `${r.label} (${r.strength})` : r.label)).join('\n'),
      ]),
      [2, 2.2, 1.1, 3.5],
    ),
    ...(missing.length === 0
      ? [note('Every level has evidence beyond anecdote.')]
      : [labelled('Still missing', ''), ...bullets(missing.map((l) => `Level ${l.level}: ${l.missing}`))]),
  ];
}
