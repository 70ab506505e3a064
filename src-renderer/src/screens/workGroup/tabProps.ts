import type { GroupData } from '../../groupData';
import { DFE_STANDARD, EVIDENCE_STRENGTH, GUSKEY_LEVEL, NCETM_AREA } from '../../../../src-shared/domain/enums';
import type { evidenceTags } from '../../../../src-shared/domain/records';
import { enumOptions, type FieldSpec } from '../../forms/fieldSpec';

export interface TabProps {
  data: GroupData;
  /** A Work Group carried into the next year is kept as it was. */
  readOnly: boolean;
  /** The record the address points at (from a search result, say). */
  itemId?: string | undefined;
}

/** The standards and Guskey's levels by short names, to fit a row of toggles; the legend's hint names them in full. */
const STANDARD_SHORT: Record<string, string> = {
  pupil_outcomes: '1 Pupil outcomes',
  evidence: '2 Evidence',
  collaboration: '3 Collaboration',
  sustained: '4 Sustained',
  leadership: '5 Leadership',
};
const GUSKEY_SHORT: Record<string, string> = {
  '1': '1 Reactions',
  '2': '2 Learning',
  '3': '3 Organisation',
  '4': '4 Use',
  '5': '5 Pupil learning',
};
const shortOptions = (labels: Record<string, string>, short: Record<string, string>) =>
  enumOptions(labels).map(({ value, label }) => ({ value, label: short[value] ?? label }));

type EvidenceTags = keyof typeof evidenceTags;

/** What an observation of a focus child is evidence of as it is added: pupils' learning. */
export const PUPIL_OUTCOME_TAGS = { areas: ['pupil_outcomes'], standards: ['pupil_outcomes'], guskeyLevel: 5 };

/**
 * How a piece of evidence is tagged (NCETM areas, DfE standards, Guskey level and strength), as rows
 * of toggles, a new record's starting with what where it is added suggests. The areas are in view
 * unless `foldAreas` (a record whose area is plain from its kind, kept to one screen); the rest, rarely
 * changed from what the record starts with, are folded under "More details".
 */
export const evidenceTagFields = (
  initial: Partial<Record<EvidenceTags, unknown>> = {},
  { foldAreas = false } = {},
): FieldSpec<EvidenceTags>[] => [
  {
    name: 'areas',
    label: 'NCETM outcome areas',
    type: 'toggles',
    options: enumOptions(NCETM_AREA.labels),
    initial: initial.areas,
    more: foldAreas,
  },
  {
    name: 'standards',
    label: 'DfE PD standards',
    type: 'toggles',
    options: shortOptions(DFE_STANDARD.labels, STANDARD_SHORT),
    initial: initial.standards,
    more: true,
  },
  {
    name: 'guskeyLevel',
    label: 'Guskey level',
    type: 'toggles',
    single: true,
    numeric: true,
    options: shortOptions(GUSKEY_LEVEL.labels, GUSKEY_SHORT),
    initial: initial.guskeyLevel,
    more: true,
  },
  {
    name: 'strength',
    label: 'Strength of the evidence',
    type: 'toggles',
    single: true,
    options: enumOptions(EVIDENCE_STRENGTH.labels),
    initial: initial.strength,
    more: true,
  },
];
