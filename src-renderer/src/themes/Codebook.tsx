import type { ReactNode } from 'react';
import type { RecordOf } from '../../../src-shared/api/contract';
import { DFE_STANDARD, NCETM_AREA } from '../../../src-shared/domain/enums';
import { INCLUDING_NARROWER } from '../../../src-shared/themes/figures';
import { RecordSection } from '../components/RecordSection';
import { enumOptions, type KindFieldSpec } from '../forms/fieldSpec';
import type { GroupData } from '../groupData';
import { excerpt } from '../records';
import { themeNames } from './themeData';

interface CodebookProps {
  data: GroupData;
  readOnly: boolean;
  highlightId?: string | undefined;
  /** How many coded passages carry a theme, as the figures count them. */
  passages: (themeId: string) => number | undefined;
  /** The starter themes: what the codebook offers beyond adding one theme at a time. */
  intro?: ReactNode;
  /** Merging a theme into another. */
  actions?: (theme: RecordOf<'theme'>) => ReactNode;
}

/**
 * The Work Group's themes: each with its name, what it means, the broader theme it sits under and
 * the NCETM areas and DfE standards it speaks to; renamed, described or retired in the form beside.
 */
export function Codebook({ data, readOnly, highlightId, passages, intro, actions }: CodebookProps) {
  const name = themeNames(data.theme);
  const fields: KindFieldSpec<'theme'>[] = [
    { name: 'name', label: 'Theme name', type: 'text', hint: 'Short, in your own words: “Stem sentences”' },
    {
      name: 'description',
      label: 'What it means',
      type: 'textarea',
      rows: 3,
      hint: 'When a passage belongs here, so that anyone coding reads it the same way',
    },
    {
      name: 'parentId',
      label: 'Broader theme',
      type: 'select',
      emptyLabel: 'None: a theme of its own',
      // Two levels are enough: a theme sits under one that sits under none, and never under itself.
      options: (values) =>
        data.theme
          .filter((t) => !t.parentId && t.id !== values['id'] && !t.retired)
          .map((t) => ({ value: t.id, label: t.name })),
    },
    {
      name: 'areas',
      label: 'NCETM outcome areas',
      type: 'toggles',
      options: enumOptions(NCETM_AREA.labels),
      more: true,
    },
    {
      name: 'standards',
      label: 'DfE PD standards',
      type: 'toggles',
      options: enumOptions(DFE_STANDARD.labels),
      more: true,
    },
    {
      name: 'retired',
      label: 'Retired: no longer offered for coding (its passages stay and still count)',
      type: 'checkbox',
      more: true,
    },
  ];
  // Each broad theme is followed by those under it.
  const rows = data.theme
    .filter((t) => !t.parentId || !data.theme.some((p) => p.id === t.parentId))
    .flatMap((t) => [t, ...data.theme.filter((c) => c.parentId === t.id)]);
  return (
    <RecordSection
      kind="theme"
      title="Codebook"
      singular="theme"
      rows={rows}
      fields={fields}
      fixed={{ workGroupId: data.workGroup.id }}
      readOnly={readOnly}
      highlightId={highlightId}
      rowLabel={(t) => t.name}
      intro={intro}
      actions={actions}
      columns={[
        { header: 'Theme', cell: (t) => (t.parentId ? <span className="sub-theme">{t.name}</span> : t.name) },
        { header: 'Under', cell: (t) => (t.parentId ? name(t.parentId) : '–') },
        { header: 'What it means', cell: (t) => excerpt(t.description ?? '', 90) || '–' },
        // A broader theme's count takes in its narrower themes', as every count of themes does.
        { header: `Passages (${INCLUDING_NARROWER})`, cell: (t) => passages(t.id) ?? '–', nowrap: true },
        { header: 'Status', cell: (t) => (t.retired ? 'Retired' : 'In use'), nowrap: true },
      ]}
      emptyText="No themes yet. Add one with the form, add the starter themes, or name a new theme as you code a passage."
    />
  );
}
