import type { NcetmArea } from '../domain/enums';

// A starter codebook: actions commonly reported in primary and secondary mathematics teaching that
// Work Groups' journals and observations talk about. Offered to a Lead, who can add any, edit them
// once added, or ignore them all. Three broad themes each hold a few narrower ones.

export interface StarterThemeDefinition {
  name: string;
  description: string;
  /** The broader starter theme it sits under. */
  parent?: string;
  areas: NcetmArea[];
}

export const STARTER_THEMES: readonly StarterThemeDefinition[] = [
  {
    name: 'Representations',
    description: 'Concrete and pictorial representations used to expose mathematical structure.',
    areas: ['practice_development'],
  },
  {
    name: 'Concrete resources (CPA)',
    description: 'Manipulatives, and the move from concrete to pictorial to abstract.',
    parent: 'Representations',
    areas: ['practice_development', 'pupil_outcomes'],
  },
  {
    name: 'Bar models',
    description: 'Bar models to show the relationships in a problem.',
    parent: 'Representations',
    areas: ['practice_development', 'pupil_outcomes'],
  },
  {
    name: 'Number lines',
    description: 'Number lines to show position, size and distance between numbers.',
    parent: 'Representations',
    areas: ['practice_development'],
  },
  {
    name: 'Talk and language',
    description: 'How pupils talk about mathematics, and the language they are given for it.',
    areas: ['pupil_outcomes'],
  },
  {
    name: 'Stem sentences',
    description: 'Sentence stems and generalisations pupils say and use to frame their reasoning.',
    parent: 'Talk and language',
    areas: ['pupil_outcomes', 'practice_development'],
  },
  {
    name: 'Talk partners',
    description: 'Pupils explaining to each other in pairs before sharing with the class.',
    parent: 'Talk and language',
    areas: ['pupil_outcomes'],
  },
  {
    name: 'Questioning',
    description: 'Questions that probe understanding, such as “How do you know?” and “What is the same?”.',
    parent: 'Talk and language',
    areas: ['practice_development'],
  },
  {
    name: 'Responsive teaching',
    description: 'Finding out what pupils know during and after a lesson, and acting on it.',
    areas: ['practice_development'],
  },
  {
    name: 'Pre-teaching',
    description: 'A short session before a lesson so pupils meet its key idea or vocabulary first.',
    parent: 'Responsive teaching',
    areas: ['pupil_outcomes', 'practice_development'],
  },
  {
    name: 'Same-day intervention',
    description: 'Catching pupils who struggled in a lesson the same day, before the next lesson.',
    parent: 'Responsive teaching',
    areas: ['pupil_outcomes', 'school_policy'],
  },
  {
    name: 'Misconceptions',
    description: 'Common misconceptions anticipated, surfaced and addressed.',
    parent: 'Responsive teaching',
    areas: ['pupil_outcomes', 'professional_learning'],
  },
  {
    name: 'Assessment for learning',
    description: 'Hinge questions, mini whiteboards and other checks that shape the next step.',
    parent: 'Responsive teaching',
    areas: ['practice_development'],
  },
  {
    name: 'Variation',
    description: 'Carefully varied examples and non-examples that draw attention to what matters.',
    areas: ['practice_development', 'professional_learning'],
  },
  {
    name: 'Fluency practice',
    description: 'Regular practice to secure number facts and procedures.',
    areas: ['pupil_outcomes'],
  },
  {
    name: 'Reasoning',
    description: 'Pupils explaining, justifying and proving rather than only answering.',
    areas: ['pupil_outcomes'],
  },
  {
    name: 'Collaborative planning',
    description: 'Teachers planning lessons together and sharing what they try.',
    areas: ['professional_learning', 'school_policy'],
  },
];
