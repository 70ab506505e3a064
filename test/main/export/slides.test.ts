import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DFE_STANDARD, NCETM_AREA } from '../../../src-shared/domain/enums';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { wge } from '../../support/cli';
import { recordResearchLesson, recordSmallYear } from '../../support/year';
import { tempFolder, tempWorkspace } from '../../support/workspace';

const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const STANDARD_TITLES = DFE_STANDARD.values.map((s) => DFE_STANDARD.labels[s].replace(/^(\d)\. /, 'Standard $1: '));
const AREA_TITLES = NCETM_AREA.values.map((a) => NCETM_AREA.labels[a]);

/** A small, obviously fictional year with something for every slide: tagged quotes, a story, a plan. */
function yearForSlides(code = 'TRG-2025-01') {
  const ws = tempWorkspace();
  const year = recordSmallYear(ws.call, code);
  addSlideMaterial(ws.call, year);
  return { ...ws, year };
}

function addSlideMaterial(call: ReturnType<typeof tempWorkspace>['call'], year: ReturnType<typeof recordSmallYear>) {
  call('journalEntry.create', {
    participantId: year.participant.id,
    date: '2026-02-04',
    text: 'Planning alongside the other schools changed how I question: pupils now explain why, not just what.',
    areas: ['professional_learning', 'practice_development'],
    standards: ['collaboration'],
  });
  call('observation.create', {
    focusChildId: year.child.id,
    date: '2026-03-11',
    kind: 'pupil_voice',
    text: 'Said: “The fractions are the same size because the bars line up.”',
    areas: ['pupil_outcomes'],
    standards: ['pupil_outcomes'],
  });
  const { workGroupId: _w, createdAt: _c, updatedAt: _u, ...child } = year.child;
  void [_w, _c, _u];
  call('focusChild.update', {
    ...child,
    penPortraitEnd: 'Compares fractions with a bar model and says why one is larger.',
    changeJudgement: 5,
    changeNote: 'The clearest change in the class this year.',
  });
  setPlan(call, year, 'Share the bar model approach with Year 4 next year.');
}

/** A questionnaire given at the start and the end, answered by the small year's participant at both. */
function addConfidenceSurvey(call: ReturnType<typeof tempWorkspace>['call'], year: ReturnType<typeof recordSmallYear>) {
  const confidence = call('questionnaire.create', {
    workGroupId: year.workGroup.id,
    title: 'Confidence in fractions',
    timing: 'start_end',
    questions: [{ id: 'compare', text: 'How confident are you comparing fractions?', type: 'scale_5', options: [] }],
  });
  for (const [occasion, date, compare] of [
    ['start', '2025-09-20', 2],
    ['end', '2026-07-10', 4],
  ] as const)
    call('surveyResponse.create', {
      participantId: year.participant.id,
      questionnaireId: confidence.id,
      occasion,
      date,
      answers: { compare },
    });
}

function setPlan(
  call: ReturnType<typeof tempWorkspace>['call'],
  year: ReturnType<typeof recordSmallYear>,
  continuationPlan: string,
) {
  const { createdAt: _c, updatedAt: _u, ...participation } = year.participation;
  void [_c, _u];
  call('schoolParticipation.update', {
    ...participation,
    workGroupId: year.workGroup.id,
    continuationPlan,
    endEvaluation: 'Pupils in the class now explain their reasoning more clearly.',
  });
}

// The fictional text has no characters XML escapes (&, <, >), so runs are read as they are.
const textOf = (xml: string) => (xml.match(/<a:t>[^<]*<\/a:t>/g) ?? []).map((t) => t.slice(5, -6)).join(' ');

/** Opens a .pptx as PowerPoint would find it: each slide's title, text, sizes, pictures and notes. */
async function readDeck(data: Buffer) {
  const zip = await JSZip.loadAsync(data);
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)![1]);
  const files = zip.file(/^ppt\/slides\/slide\d+\.xml$/).sort((a, b) => number(a.name) - number(b.name));
  const slides = [];
  for (const file of files) {
    const xml = await file.async('string');
    const rels = await zip.file(file.name.replace('slides/', 'slides/_rels/') + '.rels')!.async('string');
    const notesFile = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)?.[1];
    const notes = notesFile ? await zip.file(`ppt/notesSlides/${notesFile}`)!.async('string') : '';
    const titleShape = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph[^>]*type="title"[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? '';
    slides.push({
      title: textOf(titleShape),
      titleSizes: [...titleShape.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]) / 100),
      text: textOf(xml),
      sizes: [...xml.matchAll(/<a:rPr [^>]*sz="(\d+)"/g)].map((m) => Number(m[1]) / 100),
      pictures: [...xml.matchAll(/<p:pic>[\s\S]*?<p:cNvPr [^>]*descr="([^"]*)"[\s\S]*?<\/p:pic>/g)].map((m) => m[1]!),
      images: (rels.match(/Target="\.\.\/media\/[^"]+\.png"/g) ?? []).length,
      notes: textOf(notes),
    });
  }
  const presentation = await zip.file('ppt/presentation.xml')!.async('string');
  return { zip, slides, size: /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!.slice(1).map(Number) };
}

async function exported(handlers: Parameters<typeof dispatchAsync>[0], input: unknown) {
  const reply = await dispatchAsync(handlers, 'export.document', input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as { fileName: string; mimeType: string; dataBase64: string; findings: unknown[] };
}

describe('PowerPoint slides', () => {
  it("makes a Work Group's deck: a slide per standard and area with its chart, quotes, a story, notes", async () => {
    const { call, handlers, year } = yearForSlides();
    addConfidenceSurvey(call, year);
    const evaluation = call('evaluation.workGroup', { id: year.workGroup.id });
    const deck = await exported(handlers, { document: { kind: 'workGroupSlides', workGroupId: year.workGroup.id } });
    expect(deck.fileName).toBe('slides-TRG-2025-01.pptx');
    expect(deck.mimeType).toBe(PPTX_MIME);
    expect(deck.findings).toEqual([]);

    const { zip, slides, size } = await readDeck(Buffer.from(deck.dataBase64, 'base64'));
    expect(size[0]! / size[1]!).toBeCloseTo(16 / 9, 2);
    expect(slides.map((s) => s.title)).toEqual([
      evaluation.workGroup.name,
      'The year in numbers',
      ...STANDARD_TITLES,
      ...AREA_TITLES,
      'What made a difference',
      'Evidence by level',
      'Confidence in fractions',
      `Focus child ${year.child.code}`,
      'Next steps',
    ]);

    // Sized for a hall: titles at 32 pt or more, every other word on a slide at 20 pt or more.
    for (const slide of slides) {
      expect(Math.min(...slide.titleSizes), slide.title).toBeGreaterThanOrEqual(32);
      expect(Math.min(...slide.sizes), slide.title).toBeGreaterThanOrEqual(20);
      expect(slide.notes.trim().length, `notes of ${slide.title}`).toBeGreaterThan(20);
    }

    // One chart per standard and area, drawn as a PNG, described for anyone who cannot see it.
    const charted = slides.slice(2, 11);
    for (const slide of charted) {
      expect(slide.images, slide.title).toBe(1);
      expect(slide.pictures[0], slide.title).toMatch(/\w.{40,}/);
    }
    const media = zip.file(/^ppt\/media\/.*\.png$/);
    expect(media.length).toBeGreaterThanOrEqual(9);
    const png = await media[0]!.async('nodebuffer');
    expect(png.subarray(1, 4).toString()).toBe('PNG');

    // The figures are the evaluation's own.
    const figures = slides[1]!.text;
    for (const n of [evaluation.totals.schools, evaluation.totals.participants, evaluation.totals.focusChildren])
      expect(figures).toContain(String(n));
    for (const [i, block] of evaluation.standards.entries()) {
      const met = block.indicators.filter((x) => x.status === 'met').length;
      // Of the indicators expected of a Work Group: support days held is Targeted Support's alone.
      const expected = block.indicators.filter((x) => x.status !== 'not_expected').length;
      expect(slides[2 + i]!.text).toContain(`${met} of ${expected} indicators met`);
      for (const indicator of block.indicators) expect(slides[2 + i]!.notes).toContain(indicator.label);
    }

    // Quotes from the evidence, children by code only, and no teacher or school by name.
    expect(slides[2]!.text).toContain('The fractions are the same size because the bars line up.');
    expect(slides[4]!.text).toContain('pupils now explain why, not just what');
    expect(slides[14]!.text).toContain('The clearest change in the class this year.');
    expect(slides[15]!.text).toContain('Share the bar model approach with Year 4 next year.');

    // Guskey's five levels, as the report gives them; the questionnaire's paired chart with its n.
    expect(slides[12]!.text).toContain('2 – Participants’ learning: 2 records: 2 sets of answers · strength: measured');
    expect(slides[12]!.text).toContain('1 – Participants’ reactions: 1 record: 1 set of answers · strength: anecdotal');
    expect(slides[13]!.images).toBe(1);
    expect(slides[13]!.pictures[0]).toContain(
      '“How confident are you comparing fractions?” 2 at the start, 4 at the end (n = 1)',
    );
    expect(slides[13]!.text).toContain(
      '2.0 at the start, 4.0 at the end, out of 5 (n = 1: 1 participant answered at both)',
    );
    const everything = slides.map((s) => `${s.text} ${s.notes} ${s.pictures.join(' ')}`).join(' ');
    expect(everything).toContain(year.child.code);
    for (const name of ['Ms Sample Teacher', 'Puddleby Lane Test Primary', 'Mr Test Headteacher', 'Ms Example Lead'])
      expect(everything).not.toContain(name);
  });

  it('tells a research lesson through its case pupils: predictions beside what each did and said', async () => {
    const { call, handlers } = tempWorkspace();
    const study = recordResearchLesson(call);
    call('researchLesson.create', study.lesson);
    // A second lesson whose words name a pupil is passed over, as a story would be.
    const later = call('meeting.create', {
      workGroupId: study.workGroup.id,
      date: '2026-05-14',
      kind: 'research_lesson',
      attendeeIds: [study.participant.id],
    });
    call('researchLesson.create', {
      meetingId: later.id,
      aim: 'Amelia leads the class in comparing unit fractions.',
      casePupils: [],
      observationIds: [],
      discussion: '',
      changes: '',
    });
    const document = { kind: 'workGroupSlides', workGroupId: study.workGroup.id };
    const deck = await exported(handlers, { document });
    expect(deck.findings).toEqual([]);
    const { slides } = await readDeck(Buffer.from(deck.dataBase64, 'base64'));

    const lessonSlides = slides.filter((s) => s.title.startsWith('Research lesson'));
    expect(lessonSlides.map((s) => s.title)).toEqual(['Research lesson, 12/03/2026']);
    const [slide] = lessonSlides;
    expect(slides[slides.indexOf(slide!) - 1]!.title).toBe('What made a difference');
    expect(slide!.text).toContain(`The aim: ${study.lesson.aim}`);
    expect(slide!.text).toContain(`What it changed ${study.lesson.changes}`);
    study.lesson.casePupils.forEach((p, i) => {
      const code = study.children[i]!.code;
      expect(slide!.text).toContain(`${code}: ${p.prediction}`);
      expect(slide!.text).toContain(`${code}: ${p.observed} “${p.interview}”`);
      expect(slide!.notes).toContain(
        `${code}: we predicted ${p.prediction}; in the lesson, ${p.observed}; afterwards, “${p.interview}”.`,
      );
    });
    expect(slide!.notes).toContain('3 case pupils and 1 observation during the lesson.');
    expect(slide!.notes).toContain('2 research lessons recorded this year; the report has each in full.');
    expect(slide!.notes).toContain(`The post-lesson discussion: ${study.lesson.discussion}`);
    expect(Math.min(...slide!.sizes)).toBeGreaterThanOrEqual(20);
    expect(slides.map((s) => `${s.text} ${s.notes}`).join(' ')).not.toContain('Amelia');
  });

  it('shortens a long research lesson pupil by pupil, never leaving a case pupil out', async () => {
    const { call, handlers } = tempWorkspace();
    const study = recordResearchLesson(call);
    const long = (n: number) =>
      `Pupil ${n} will start by counting the pieces one at a time. They may then notice the bars line up. They will want to move on quickly. They will need a prompt to say why. They will try the stem sentence once it is modelled.`;
    call('researchLesson.create', {
      ...study.lesson,
      casePupils: study.lesson.casePupils.map((p, i) => ({ ...p, prediction: long(i + 1), observed: long(i + 1) })),
    });
    const deck = await exported(handlers, { document: { kind: 'workGroupSlides', workGroupId: study.workGroup.id } });
    const { slides } = await readDeck(Buffer.from(deck.dataBase64, 'base64'));
    const slide = slides.find((s) => s.title === 'Research lesson, 12/03/2026')!;
    // Too long for the slide, so shortened (to whole sentences), each case pupil on it still.
    expect(slide.text).not.toContain(long(1));
    for (const [i, child] of study.children.entries()) {
      expect(slide.text).toContain(`${child.code}: Pupil ${i + 1} will start by counting`);
      expect(slide.notes).toContain(`${child.code}: we predicted ${long(i + 1)}`);
    }
  });

  it('passes over a quote that names a pupil, and flags a name it must show, until it is replaced', async () => {
    const { call, handlers, year } = yearForSlides();
    call('journalEntry.create', {
      participantId: year.participant.id,
      date: '2026-05-06',
      text: 'Today Amelia explained the bar model to the whole class.',
      areas: ['pupil_outcomes'],
      standards: ['pupil_outcomes', 'collaboration'],
      strength: 'measured',
    });
    const document = { kind: 'workGroupSlides', workGroupId: year.workGroup.id };
    const clean = await exported(handlers, { document });
    expect(clean.findings).toEqual([]);
    const shown = (await readDeck(Buffer.from(clean.dataBase64, 'base64'))).slides;
    expect(shown.map((slide) => `${slide.text} ${slide.notes}`).join(' ')).not.toContain('Amelia');

    setPlan(call, year, 'Next year Amelia will lead the pupil voice group.');
    call('judgement.set', {
      workGroupId: year.workGroup.id,
      subject: 'standard:pupil_outcomes',
      rating: 'green',
      narrative: 'A strong year: even Amelia now explains her reasoning.',
    });
    const check = await dispatchAsync(handlers, 'export.check', { document });
    if (!check.ok) throw new Error(check.error.message);
    const findings = (check.result as { findings: { kind: string; match: string; where: string }[] }).findings;
    expect(findings.map((f) => [f.kind, f.match, f.where])).toEqual([
      ['name', 'Amelia', 'Slide 3: Standard 1: Focus on improving and evaluating pupil outcomes (speaker notes)'],
      ['name', 'Amelia', 'Slide 15: Next steps'],
    ]);
    expect(await dispatchAsync(handlers, 'export.document', { document })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/may identify someone/) },
    });
    const replaced = await exported(handlers, {
      document,
      replacements: [{ match: 'Amelia', replacement: 'a pupil' }],
    });
    const { slides } = await readDeck(Buffer.from(replaced.dataBase64, 'base64'));
    expect(slides.at(-1)!.text).toContain('Next year a pupil will lead the pupil voice group.');
  });

  it('wge export slides refuses a flagged deck without --allow-flagged, and writes the hub deck', async () => {
    const { path, call, year } = yearForSlides();
    const second = recordSmallYear(call, 'TRG-2025-02');
    addSlideMaterial(call, second);
    setPlan(call, year, 'Next year Amelia will lead the pupil voice group.');
    const out = join(tempFolder(), 'slides.pptx');

    const refused = await wge('export', 'slides', '--db', path, '--work-group', 'trg-2025-01', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Possible name: "Amelia" in Slide 15: Next steps');
    expect(refused.err.join('\n')).toMatch(/add --allow-flagged to export anyway/);
    const written = await wge(
      'export',
      'slides',
      '--db',
      path,
      '--work-group',
      'TRG-2025-01',
      '--out',
      out,
      '--allow-flagged',
    );
    expect(written.code).toBe(0);
    expect((await readDeck(readFileSync(out))).slides).toHaveLength(15);

    const both = await wge('export', 'slides', '--db', path, '--work-group', 'TRG-2025-01', '--hub', '--out', out);
    expect(both.code).toBe(2);
    const hubOut = join(tempFolder(), 'hub.pptx');
    const hub = await wge(
      'export',
      'slides',
      '--db',
      path,
      '--hub',
      '--year',
      '2025/26',
      '--out',
      hubOut,
      '--allow-flagged',
    );
    expect(hub.code).toBe(0);
    const { slides } = await readDeck(readFileSync(hubOut));
    // No hub is named in this workspace's settings, so the title says only what it can.
    expect(slides[0]!.title).toBe('The Maths Hub: Work Groups 2025/26');
    // Before any standard is compared, which rules the groups were judged by.
    expect(slides[2]!.title).toBe('Each kind judged by its own rules');
    // Support days held is Targeted Support's alone, so even the Work Group rules leave one out.
    expect(slides[2]!.text).toContain(
      'Work Group: 2 groups, judged by the Work Group rules; 1 indicator not expected.',
    );
    expect(slides.slice(3, 12).map((s) => s.title)).toEqual([...STANDARD_TITLES, ...AREA_TITLES]);
    expect(slides.slice(3, 12).every((s) => s.images === 1)).toBe(true);
    // Two focus children in all: fewer than five, so the count is withheld.
    expect(slides[1]!.text).toContain('fewer than 5');
    expect(slides.filter((s) => s.title.startsWith('Focus child'))).toHaveLength(2);
    expect(slides[3]!.text).toMatch(/Work Group TRG‑2025‑0[12]/);
    expect(slides.at(-1)!.title).toBe('Next steps');
  });
});
