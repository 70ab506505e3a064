import type { IndicatorStatus } from '../api/evaluation';
import type { NcetmArea } from '../domain/enums';

// Okabe & Ito's palette: eight colours told apart by people with the common colour-vision
// deficiencies. Every chart draws from it, in the same order, so an area keeps its colour.
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export const AREA_COLOURS: Record<NcetmArea, string> = {
  pupil_outcomes: OKABE_ITO.blue,
  professional_learning: OKABE_ITO.orange,
  practice_development: OKABE_ITO.bluishGreen,
  school_policy: OKABE_ITO.reddishPurple,
};

/** Met, partly met and not yet: never told apart by colour alone (the status is always written too). */
export const STATUS_COLOURS: Record<IndicatorStatus, string> = {
  met: OKABE_ITO.bluishGreen,
  partly: OKABE_ITO.orange,
  not_yet: OKABE_ITO.vermillion,
  // Outside the group's rules: a neutral grey, so it reads as neither good nor bad.
  not_expected: '#BBBBBB',
};

export const START_END_COLOURS = { start: OKABE_ITO.skyBlue, end: OKABE_ITO.blue } as const;
