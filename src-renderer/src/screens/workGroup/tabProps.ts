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

/** How a piece of evidence is tagged: NCETM areas, DfE standards, Guskey level and strength. */
export const evidenceTagFields = (): FieldSpec<keyof typeof evidenceTags>[] => [
  { name: 'areas', label: 'NCETM outcome areas', type: 'checkboxes', options: enumOptions(NCETM_AREA.labels) },
  { name: 'standards', label: 'DfE PD standards', type: 'checkboxes', options: enumOptions(DFE_STANDARD.labels) },
  {
    name: 'guskeyLevel',
    label: 'Guskey level',
    type: 'select',
    numeric: true,
    emptyLabel: 'Not set',
    options: enumOptions(GUSKEY_LEVEL.labels),
  },
  {
    name: 'strength',
    label: 'Strength of the evidence',
    type: 'select',
    emptyLabel: 'Not set',
    options: enumOptions(EVIDENCE_STRENGTH.labels),
  },
];
