import { INDICATOR_STATUS_LABELS, type HubRollup, type Suppressible } from '../../../src-shared/api/evaluation';
import { formatDateGB } from '../../../src-shared/calendar/dates';
import { CHANGE_JUDGEMENT, DFE_STANDARD_SHORT } from '../../../src-shared/domain/enums';
import { TERM_COUNT_COLUMNS } from '../../../src-shared/evaluation/areas';
import { FIGURES, selfRatingsCaption, sessionsCaption } from '../../../src-shared/evaluation/figures';
import { KIND_RULES } from '../../../src-shared/evaluation/kindRules';
import { formatFigure } from '../../../src-shared/evaluation/format';
import { count, formatCount } from '../../../src-shared/evaluation/text';
import { type Block, bullets, buildDocument, chart, heading, labelled, note, paragraphs, quote, table } from './blocks';
import { hubSynthesis, hubTitle, rotatingGroups } from '../hubPack';
import type { ShowcaseGroup } from '../slides/hubDeck';
import { evidenceLabels, quotePicker, type Quotable } from '../slides/evidence';
import type { ReportChart } from './report';
import type { HubThemes } from '../../../src-shared/api/themes';
import { hubThemeReach, leadingHubThemes, otherNames } from '../../../src-shared/themes/figures';

export interface CaseStudyExcerpt {
  code: string;
  workGroupName: string;
  desiredChange: string;
  changeJudgement: number | undefined;
  change: string;
}

/** Quotes under each NCETM area, from different groups. */
const QUOTES_PER_AREA = 2;
/** Themes across the groups the summary shows. */
const THEMES_SHOWN = 10;

const shown = (s: Suppressible, below: number) => (s.suppressed ? `fewer than ${below}` : formatCount(s.value ?? 0));
const percent = (n: number | null) => formatFigure(n, 'share');

/** The headline figures the hub summary shows, each with the sentence that says what it counts. */
const HEADLINE = [
  'workGroups',
  'schools',
  'schoolPlaces',
  'participants',
  'focusChildren',
  'wholeGroupMeetings',
  'sessions',
  'attendance',
  'groupsMeetingAllFive',
  'selfRatings',
  'evidenceByArea',
] as const;

/** Many Work Groups at once, for the hub and for conferences: headline figures, the rolled-up matrix, excerpts. */
export function hubSummaryDocument(
  rollup: HubRollup,
  options: {
    hubName: string;
    /** The groups quoted, best first (see exportService). */
    showcase: ShowcaseGroup[];
    showSchool: boolean;
    quotable: Quotable;
    charts: ReportChart[];
    excerpts: CaseStudyExcerpt[];
    /** The groups' themes matched across them, as the hub workbook has them. */
    themes: HubThemes;
    producedOn: string;
  },
) {
  const below = rollup.suppressBelow;
  const { totals, figures } = rollup;
  const { year, title } = hubTitle(rollup, options.hubName);
  const synthesis = hubSynthesis(rollup);
  const groups = options.showcase.map((g) => ({
    ...g,
    label: evidenceLabels(g.snapshot, options.showSchool),
    from: `, Work Group ${g.evaluation.workGroup.code}`,
  }));
  const pick = quotePicker(options.quotable);
  const inTurn = rotatingGroups(groups);
  const body: Block[] = [
    heading('Across the groups'),
    heading('Did it work?', 2),
    ...paragraphs(synthesis.didItWork.join('\n')),
    heading('What next?', 2),
    ...(synthesis.whatNext.length === 0
      ? [note('Every Work Group meets every standard, with no gap of high importance open.')]
      : bullets(synthesis.whatNext)),

    heading('Headline figures'),
    table(
      ['Figure', 'Value'],
      [
        [FIGURES.workGroups.label, formatCount(figures.workGroups)],
        [FIGURES.schools.label, formatCount(figures.schools)],
        [FIGURES.schoolPlaces.label, formatCount(figures.schoolPlaces)],
        [FIGURES.participants.label, formatCount(figures.participants)],
        [FIGURES.focusChildren.label, shown(figures.focusChildren, below)],
        [FIGURES.wholeGroupMeetings.label, formatCount(figures.sessions.wholeGroup)],
        [FIGURES.sessions.label, formatCount(figures.sessions.total)],
        [FIGURES.attendance.label, percent(figures.attendance.rate)],
        [
          FIGURES.groupsMeetingAllFive.label,
          `${formatCount(figures.groupsMeetingAllFive)} of ${formatCount(figures.workGroups)}`,
        ],
        ['Journal entries', formatCount(totals.journalEntries)],
        ['Observations', formatCount(totals.observations)],
      ],
      [4, 1.5],
    ),
    note(
      `${sessionsCaption(figures.sessions)}. Self-ratings: ${selfRatingsCaption(figures.selfRatings)}. ${FIGURES.schools.definition}`,
    ),
    note(`Counts of focus children below ${below} are not shown, so that no child can be identified.`),
    ...options.charts.flatMap((c) => chart(c.image, c.title, c.altText, c.caption)),

    heading('Rules by kind of professional development'),
    ...paragraphs(
      'Each group is judged by the rules of its kind of professional development: what the Work Group statement asks for and another kind does not is “Not expected” of that kind, and never counted for or against its groups.',
    ),
    ...rollup.kinds.flatMap((k) => [
      heading(`${k.label}: ${count(k.workGroups, 'group')}, judged by the ${k.rules}`, 2),
      ...paragraphs(KIND_RULES[k.kind].basis),
      table(
        ['Standard', 'Met', 'Partly', 'Not yet', 'Not expected'],
        k.standards.map((s) => [
          DFE_STANDARD_SHORT[s.standard],
          String(s.met),
          String(s.partly),
          String(s.notYet),
          String(s.notExpected),
        ]),
        [4, 1, 1, 1, 1.3],
      ),
      ...(k.notExpected.length === 0
        ? [note('Every indicator is expected of this kind.')]
        : bullets(k.notExpected.map((n) => `Not expected: ${n.label}. ${n.why}`))),
    ]),

    heading('The DfE Standard across the Work Groups'),
    ...rollup.standards.flatMap((s) => [
      heading(s.label, 2),
      ...paragraphs(
        `${s.met} of ${rollup.workGroupCount} Work Groups meet this standard; ${s.partly} partly; ${s.notYet} not yet${s.notExpected ? `; ${s.notExpected} are not expected to, by the rules of their kind` : ''}.`,
      ),
      table(
        ['Indicator', 'Target', 'Met', 'Partly', 'Not yet', 'Not expected (groups)', 'Across the groups'],
        s.indicators.map((i) => [
          i.label,
          formatFigure(i.target, i.unit),
          percent(i.shareMet),
          percent(i.sharePartly),
          percent(i.shareNotYet),
          String(i.notExpected),
          i.summed.suppressed ? `fewer than ${below}` : formatFigure(i.summed.value, i.unit),
        ]),
        [5, 1, 1, 1, 1, 1.2, 1.5],
      ),
      note('Met, partly and not yet are shares of the groups whose kind is expected to show the indicator.'),
    ]),

    heading('Work Groups side by side'),
    table(
      [
        'Work Group',
        'Year',
        'Judged by',
        'Standards met',
        'Participants',
        'Focus children',
        'Attendance',
        'Serious gaps',
      ],
      rollup.rows.map((r) => [
        `${r.workGroup.code}: ${r.workGroup.name}`,
        r.workGroup.academicYear,
        r.rules,
        `${r.standardsMet} of ${r.standardsExpected}`,
        String(r.participants),
        shown(r.focusChildren, below),
        percent(r.attendanceRate),
        String(r.highGaps),
      ]),
      [4, 1, 1.6, 1.2, 1.2, 1.2, 1.2, 1],
    ),
    note(`Standards met: ${FIGURES.standardsMet.definition}`),

    heading('Focus children’s change'),
    table(
      ['Judgement of change', 'Focus children'],
      rollup.changeDistribution.map((b) => [
        CHANGE_JUDGEMENT.labels[String(b.judgement) as keyof typeof CHANGE_JUDGEMENT.labels] ?? String(b.judgement),
        shown(b.count, below),
      ]),
      [4, 1],
    ),

    heading('The NCETM outcome areas'),
    table(
      ['Area', ...TERM_COUNT_COLUMNS.map((c) => c.label), 'Claims (measured)'],
      rollup.areas.map((a) => [
        a.label,
        ...TERM_COUNT_COLUMNS.map((c) => formatCount(a.evidenceByTerm[c.key])),
        `${formatCount(a.claimCounts.anecdotal + a.claimCounts.triangulated + a.claimCounts.measured)} (${formatCount(a.claimCounts.measured)})`,
      ]),
      [3, 1, 1, 1, 1, 1.5],
    ),
    note(`${FIGURES.evidenceByArea.definition} ${FIGURES.claimsByStrength.definition}`),

    ...themesAcross(options.themes, below),

    heading('In teachers’ words'),
    note(
      `Quotes from the journals and observations of ${count(groups.length, 'Work Group')} meeting the most standards, each used once.`,
    ),
    ...rollup.areas.flatMap((a) => {
      const quotes = inTurn((g) => {
        const [q] = pick(g.evaluation.areas.find((x) => x.area === a.area)?.quotes ?? [], 1);
        return q && { q, g };
      }, QUOTES_PER_AREA);
      return [
        heading(a.label, 2),
        ...(quotes.length === 0
          ? [note('No journal entry or observation in these groups is tagged with this area yet.')]
          : quotes.flatMap(({ q, g }) => quote(q.text, `${g.label(q.source)}${g.from}`))),
      ];
    }),

    heading('Focus children across the range of change'),
    ...(options.excerpts.length === 0
      ? [note('No focus child has an end-of-year judgement of change yet.')]
      : [
          note(
            'Children from different Work Groups, chosen across the range of change their teachers judged, not only the greatest.',
          ),
          ...options.excerpts.flatMap((e) => [
            heading(`${e.code}, ${e.workGroupName}`, 3),
            labelled(
              'Change judged',
              CHANGE_JUDGEMENT.labels[String(e.changeJudgement) as keyof typeof CHANGE_JUDGEMENT.labels] ??
                'Not judged',
            ),
            labelled('The change hoped for', e.desiredChange || 'Not recorded'),
            ...quote(e.change, 'The teacher’s note on the change'),
          ]),
        ]),
    heading('About these figures'),
    ...bullets(HEADLINE.map((id) => `${FIGURES[id].label}: ${FIGURES[id].definition}`)),
    ...paragraphs(
      `Status per indicator: ${Object.values(INDICATOR_STATUS_LABELS).join(', ')}. Figures are computed by Work Group Evaluator from the records of each Work Group and are the same as on its screens and in its reports.`,
    ),
  ];
  return buildDocument({
    title,
    subtitle: `${count(rollup.workGroupCount, 'Work Group')}${year ? ` in ${year}` : ''}: the year evaluated`,
    details: [`Produced on ${formatDateGB(options.producedOn)} with Work Group Evaluator`],
    body,
  });
}

/** The themes coded most often across the groups, matched by name or as the hub mapped them. */
function themesAcross(themes: HubThemes, below: number): Block[] {
  const leading = leadingHubThemes(themes, THEMES_SHOWN);
  if (leading.length === 0) {
    return [
      heading('Themes across the Work Groups'),
      note('No passages are coded to themes in these Work Groups yet: code them on each Work Group’s Themes tab.'),
    ];
  }
  return [
    heading('Themes across the Work Groups'),
    ...paragraphs(
      `The themes coded in the most passages across ${count(themes.workGroups, 'Work Group')}: ${leading
        .slice(0, 3)
        .map((t) => `${t.name} (${hubThemeReach(t)})`)
        .join('; ')}.`,
    ),
    table(
      ['Theme', 'Work Groups coding it', 'Coded passages', 'Focus children', 'Also named'],
      leading.map((t) => [
        t.name,
        `${formatCount(t.workGroupsCoding)} of ${formatCount(t.workGroups)}`,
        formatCount(t.passages),
        shown(t.focusChildren, below),
        otherNames(t).join('; ') || '–',
      ]),
      [2.5, 1.3, 1.1, 1.1, 3],
    ),
    note(
      `Themes are matched across the groups by name, or as the hub mapped one group’s theme to another’s; a broader theme’s counts include its narrower themes’ passages, each passage once. “Of” is the Work Groups whose codebooks have the theme. The same figures are in the hub workbook’s “Themes across groups” sheet.`,
    ),
  ];
}
