import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../../src-shared/api/contract';
import { QUESTION_FIELD } from '../../../src-shared/api/spreadsheets';
import { proposeQuestionColumns } from '../../../src-shared/domain/surveys';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { readDocx, section } from '../../support/docx';
import { openWorkspace, PRIMARY_MASTERY_PROJECT_ID, tempFolder, tempWorkspace } from '../../support/workspace';
import { wge } from '../../support/cli';
import { csv } from './files';

// Real Forms exports (test/fixtures/forms): a questionnaire given at the start and the end of the
// year, imported after a preview, matched to participants, and summed up as a paired figure with n.

const FIXTURES = join(__dirname, '../../fixtures/forms');
const fixture = (name: string) => ({
  fileName: name,
  dataBase64: readFileSync(join(FIXTURES, name)).toString('base64'),
});

const QUESTIONS = [
  { id: 'equivalent', text: 'How confident are you teaching equivalent fractions?', type: 'scale_5', options: [] },
  {
    id: 'bar-models',
    text: 'How confident are you using bar models to compare fractions?',
    type: 'scale_5',
    options: [],
  },
  {
    id: 'recommend',
    text: 'How likely are you to recommend this Work Group to a colleague?',
    type: 'scale_10',
    options: [],
  },
  { id: 'staff-meeting', text: 'Have you led a staff meeting on fractions this year?', type: 'yes_no', options: [] },
  {
    id: 'representation',
    text: 'Which representation do you use most?',
    type: 'choice',
    options: ['Bar model', 'Number line', 'Fraction wall', 'Other'],
  },
  { id: 'anything-else', text: 'Is there anything else you would like to tell us?', type: 'free_text', options: [] },
] as const;

function setUp() {
  const ws = tempWorkspace();
  const { call } = ws;
  const group = call('workGroup.create', {
    code: 'TRG-2025-20',
    name: 'Fractions across Key Stage 2',
    academicYear: '2025/26',
    projectId: PRIMARY_MASTERY_PROJECT_ID,
    leadName: 'Ms Example Lead',
  });
  const school = call('school.create', { name: 'Harbour View Test Primary', phase: 'primary', urn: '' });
  call('schoolParticipation.create', { workGroupId: group.id, schoolId: school.id });
  const people = Object.fromEntries(
    ['Asha Okafor', 'Tomasz Nowak', 'Bethan Price', 'Imran Sheikh', 'Grace Mensah', 'Jo Harper'].map((name) => [
      name,
      call('participant.create', { workGroupId: group.id, schoolId: school.id, name }),
    ]),
  );
  const questionnaire = call('questionnaire.create', {
    workGroupId: group.id,
    title: 'Confidence in teaching fractions',
    timing: 'start_end',
    questions: QUESTIONS.map((q) => ({ ...q, options: [...q.options] })),
  });
  return { ws, group, people, questionnaire };
}

async function must<T>(ws: ReturnType<typeof tempWorkspace>, method: string, input: unknown): Promise<T> {
  const reply = await dispatchAsync(ws.handlers, method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.result as T;
}

/** Inspects the file, takes the proposed columns and the questions' columns, and previews. */
async function previewForms(s: ReturnType<typeof setUp>, file: { fileName: string; dataBase64: string }) {
  const inspected = await must<Output<'import.inspect'>>(s.ws, 'import.inspect', { workGroupId: s.group.id, ...file });
  const sheet = inspected.sheets[0]!;
  const questions = proposeQuestionColumns(QUESTIONS, sheet.headers);
  const mapping = {
    ...sheet.proposals.surveyResponses,
    ...Object.fromEntries(Object.entries(questions).map(([id, column]) => [`${QUESTION_FIELD}${id}`, column])),
  };
  const input = {
    workGroupId: s.group.id,
    ...file,
    kind: 'surveyResponses',
    sheet: sheet.name,
    mapping,
    survey: { questionnaireId: s.questionnaire.id },
  };
  const preview = await must<Output<'import.preview'>>(s.ws, 'import.preview', input);
  return { sheet, questions, input, preview };
}

/** What the evaluation makes of the imported answers: the same figures whichever file they came from. */
function expectPairedFigures(s: ReturnType<typeof setUp>) {
  const evaluation = s.ws.call('evaluation.workGroup', { id: s.group.id, asOf: '2026-07-20' });
  const survey = evaluation.surveys.find((r) => r.questionnaireId === s.questionnaire.id)!;
  expect(survey.responses).toBe(11);
  expect(survey.respondents).toBe(6);
  const question = (id: string) => survey.questions.find((q) => q.id === id)!;
  // Grace Mensah answered at the start only: she is left out of the pairs, so n = 5.
  expect(question('equivalent').paired).toEqual({ n: 5, startMean: 2.4, endMean: 3.8 });
  expect(question('bar-models').paired).toEqual({ n: 5, startMean: 2, endMean: 3.6 });
  expect(question('recommend')).toMatchObject({ top: 10, paired: { n: 5, startMean: 6.8, endMean: 8.8 } });
  expect(question('staff-meeting').counts).toEqual([
    { answer: 'yes', start: 0, end: 3, afterMeeting: 0 },
    { answer: 'no', start: 6, end: 2, afterMeeting: 0 },
  ]);
  expect(question('representation').counts.find((c) => c.answer === 'Bar model')).toEqual({
    answer: 'Bar model',
    start: 1,
    end: 4,
    afterMeeting: 0,
  });
  expect(question('anything-else').texts).toBe(5);
  // Answers at the start and the end of the same participants are measured evidence of their learning.
  const level2 = evaluation.guskeyLevels.find((l) => l.level === 2)!;
  expect(level2.byKind).toContainEqual({ kind: 'surveyResponse', label: 'set of answers', count: 11 });
  expect(level2.strength).toBe('measured');
}

describe('importing a Forms export of a questionnaire given at the start and the end', () => {
  it('reads Microsoft Forms’ workbook after a preview, asks who an unknown respondent is, and changes nothing the second time', async () => {
    const s = setUp();
    const file = fixture('ms-forms-fractions-confidence.xlsx');
    const { sheet, questions, input, preview } = await previewForms(s, file);
    expect(sheet.suggestedKind).toBe('surveyResponses');
    expect(sheet.proposals.surveyResponses).toEqual({ name: 4, email: 3, date: 2, occasion: 5 });
    expect(questions).toEqual({
      equivalent: 6,
      'bar-models': 7,
      recommend: 8,
      'staff-meeting': 9,
      representation: 10,
      'anything-else': 11,
    });
    expect(preview.counts).toMatchObject({ new: 9, error: 2 });
    expect(preview.unknownRespondents).toEqual(['J Harper']);
    expect(preview.rows.find((r) => r.fate === 'error')!.message).toBe(
      'No participant of this Work Group is called J Harper. Choose who this is under Respondents, or add the participant first.',
    );
    expect(s.ws.call('surveyResponse.list', { workGroupId: s.group.id })).toHaveLength(0);

    const chosen = { ...input, respondents: { 'J Harper': s.people['Jo Harper']!.id } };
    const again = await must<Output<'import.preview'>>(s.ws, 'import.preview', chosen);
    expect(again.counts).toMatchObject({ new: 11, error: 0 });
    const done = await must<Output<'import.commit'>>(s.ws, 'import.commit', chosen);
    expect(done.written).toEqual({ surveyResponses: 11 });
    expect(done.backup).not.toBeNull();
    const asha = s.ws
      .call('surveyResponse.list', { workGroupId: s.group.id })
      .find((r) => r.participantId === s.people['Asha Okafor']!.id && r.occasion === 'start')!;
    expect(asha).toMatchObject({
      date: '2025-09-24',
      answers: {
        equivalent: 2,
        'bar-models': 2,
        recommend: 7,
        'staff-meeting': 'no',
        representation: 'Fraction wall',
        'anything-else': 'I would like more time to plan together.',
      },
    });
    expectPairedFigures(s);

    const twice = await must<Output<'import.commit'>>(s.ws, 'import.commit', chosen);
    expect(twice).toMatchObject({ counts: { new: 0, existing: 11 }, backup: null });

    // The report gives the same figures, read back from the Word file (it draws its charts: hence the longer time).
    const report = await must<{ dataBase64: string }>(s.ws, 'export.document', {
      document: { kind: 'report', workGroupId: s.group.id },
      allowFlagged: true,
    });
    const out = join(tempFolder(), 'report.docx');
    writeFileSync(out, Buffer.from(report.dataBase64, 'base64'));
    const table = section(readDocx([out])[0]!, 'Questionnaires').find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows.slice(1, 3)).toEqual([
      [
        'How confident are you teaching equivalent fractions?',
        '2.4 at the start, 3.8 at the end, out of 5 (n = 5: 5 participants answered at both)',
      ],
      [
        'How confident are you using bar models to compare fractions?',
        '2.0 at the start, 3.6 at the end, out of 5 (n = 5: 5 participants answered at both)',
      ],
    ]);
  }, 90_000);

  it('reads Google Forms’ CSV, matching respondents by the name their email address spells', async () => {
    const s = setUp();
    const { sheet, input, preview } = await previewForms(s, fixture('google-forms-fractions-confidence.csv'));
    expect(sheet.proposals.surveyResponses).toEqual({ name: null, email: 1, date: 0, occasion: 2 });
    expect(preview.counts).toMatchObject({ new: 9, error: 2 });
    expect(preview.unknownRespondents).toEqual(['j.harper@meadowbank.sch.invalid']);
    const chosen = { ...input, respondents: { 'j.harper@meadowbank.sch.invalid': s.people['Jo Harper']!.id } };
    await must(s.ws, 'import.commit', chosen);
    expectPairedFigures(s);
  });

  it('refuses an answer off its scale or outside its choices, row by row, in the Lead’s words', async () => {
    const s = setUp();
    const file = {
      fileName: 'answers.csv',
      dataBase64: csv([
        [
          'Timestamp',
          'Your name',
          'How confident are you teaching equivalent fractions?',
          'Which representation do you use most?',
        ],
        ['24/09/2025 10:00:00', 'Asha Okafor', '7', 'Bar model'],
        ['24/09/2025 10:05:00', 'Tomasz Nowak', '4 - Confident', 'Cuisenaire rods'],
        ['24/09/2025 10:09:00', 'Bethan Price', '3', 'number line'],
      ]).toString('base64'),
    };
    const { preview, input } = await previewForms(s, file);
    const refused = await dispatchAsync(s.ws.handlers, 'import.preview', { ...input, survey: undefined });
    expect(refused.ok || refused.error.message).toBe('Choose the questionnaire the file answers.');
    expect(preview.rows.map((r) => [r.fate, r.message])).toEqual([
      [
        'error',
        'Say whether these answers are from the start or the end of the year: choose it above the file, or map a column that says.',
      ],
      [
        'error',
        'Say whether these answers are from the start or the end of the year: choose it above the file, or map a column that says.',
      ],
      [
        'error',
        'Say whether these answers are from the start or the end of the year: choose it above the file, or map a column that says.',
      ],
    ]);
    const atStart = await must<Output<'import.preview'>>(s.ws, 'import.preview', {
      ...input,
      survey: { questionnaireId: s.questionnaire.id, occasion: 'start' },
    });
    expect(atStart.rows.map((r) => [r.fate, r.message])).toEqual([
      [
        'error',
        '“How confident are you teaching equivalent fractions?” is answered with a whole number from 1 to 5, not “7”.',
      ],
      [
        'error',
        '“Cuisenaire rods” is not one of the choices of “Which representation do you use most?”: Bar model; Number line; Fraction wall; Other.',
      ],
      ['new', 'Answers of Bethan Price.'],
    ]);
  });
});

describe('wge import surveyResponses', () => {
  it('takes the questionnaire with --questionnaire, says when it is missing or unknown, and asks who is who', async () => {
    const s = setUp();
    s.ws.store.close();
    const file = join(FIXTURES, 'google-forms-fractions-confidence.csv');
    const args = ['import', 'surveyResponses', '--db', s.ws.path, '--work-group', 'TRG-2025-20', file];

    const missing = await wge(...args);
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([
      'wge: Say which questionnaire the answers are to with --questionnaire "title". This Work Group\'s questionnaires: "Confidence in teaching fractions".',
    ]);
    const unknown = await wge(...args, '--questionnaire', 'Confidence in geometry');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toEqual([
      'wge: This Work Group has no questionnaire called "Confidence in geometry". Its questionnaires: "Confidence in teaching fractions".',
    ]);
    expect((await wge(...args.slice(0, 1), 'schools', ...args.slice(2), '--questionnaire', 'x')).err).toEqual([
      'wge: --questionnaire is only for "wge import surveyResponses".',
    ]);

    // The title in any case; J Harper is no participant's name, so the file is not imported until they are named.
    const named = [...args, '--questionnaire', 'confidence in teaching FRACTIONS'];
    const unmatched = await wge(...named);
    expect(unmatched.code).toBe(1);
    expect(unmatched.out).toContain(
      'How confident are you teaching equivalent fractions? ← "How confident are you teaching equivalent fractions?"',
    );
    expect(unmatched.out).toContain(
      'Who is "j.harper@meadowbank.sch.invalid"? Add --respondent "j.harper@meadowbank.sch.invalid=Participant\'s name", or add the participant first.',
    );
    expect((await wge(...named, '--respondent', 'j.harper@meadowbank.sch.invalid=Nobody Known')).code).toBe(2);

    const imported = await wge(...named, '--respondent', 'j.harper@meadowbank.sch.invalid=Jo Harper');
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/Imported 11 rows \(backup taken first: /);
    expectPairedFigures({ ...s, ws: openWorkspace(s.ws.path) });
  }, 60_000);

  it('needs --occasion when no column says whether the answers are from the start or the end', async () => {
    const s = setUp();
    s.ws.store.close();
    const file = join(tempFolder(), 'start.csv');
    writeFileSync(
      file,
      csv([
        ['Timestamp', 'Name', 'How confident are you teaching equivalent fractions?'],
        ['24/09/2025 10:00:00', 'Asha Okafor', '2'],
      ]),
    );
    const args = ['import', 'surveyResponses', '--db', s.ws.path, '--work-group', 'TRG-2025-20', file];
    const named = [...args, '--questionnaire', 'Confidence in teaching fractions'];
    const refused = await wge(...named);
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual([
      'wge: Say whether the answers to "Confidence in teaching fractions" are from the start or the end of the year: add --occasion start or --occasion end (no column of the file says).',
    ]);
    expect((await wge(...named, '--occasion', 'middle')).err).toEqual([
      'wge: --occasion is start or end, not "middle".',
    ]);
    const imported = await wge(...named, '--occasion', 'start');
    expect(imported.code).toBe(0);
    const ws = openWorkspace(s.ws.path);
    expect(ws.call('surveyResponse.list', { workGroupId: s.group.id })).toMatchObject([
      { occasion: 'start', date: '2025-09-24', answers: { equivalent: 2 } },
    ]);
  }, 60_000);
});
