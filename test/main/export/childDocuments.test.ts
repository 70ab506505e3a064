import { createCanvas } from '@napi-rs/canvas';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src-main/demo/generate';
import { shortCitation } from '../../../src-main/export/word/actionResearch';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { createHandlers } from '../../../src-main/services/handlers';
import { openStore, type Store } from '../../../src-main/store/store';
import { type DocxBlock, quotationsIn, readDocx, section, textsOf } from '../../support/docx';
import { recordSmallYear } from '../../support/year';
import { caller, tempFolder, tempWorkspace } from '../../support/workspace';

type Handlers = Parameters<typeof dispatchAsync>[0];

async function exportTo(folder: string, handlers: Handlers, document: object): Promise<string> {
  const reply = await dispatchAsync(handlers, 'export.document', { document, allowFlagged: true });
  if (!reply.ok) throw new Error(reply.error.message);
  const { fileName, dataBase64 } = reply.result as { fileName: string; dataBase64: string };
  const path = join(folder, fileName);
  writeFileSync(path, Buffer.from(dataBase64, 'base64'));
  return path;
}

const h1s = (blocks: DocxBlock[]) => blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
const paragraphsOf = (blocks: DocxBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : [])) as { style: string; text: string }[];
const bulletsOf = (blocks: DocxBlock[]) => paragraphsOf(blocks).filter((p) => p.style === 'List Paragraph');
const twice = (list: string[]) => list.filter((item, i) => list.indexOf(item) !== i);

/** What the app writes where a record is missing: none of these may stand in a document made from a full record. */
const PLACEHOLDERS =
  /not been recorded|No pen portrait|has not been made yet|not recorded|No reflection is recorded|No reading is cited|No observation/;

describe('case studies and action-research write-ups of the group demo, read back with python-docx', () => {
  const folder = mkdtempSync(join(tmpdir(), 'wge-child-documents-'));
  let store: Store;
  let handlers: Handlers;
  let call: ReturnType<typeof caller>;
  let caseStudies: { code: string; id: string; blocks: DocxBlock[] }[] = [];
  let writeUps: { id: string; blocks: DocxBlock[] }[] = [];

  beforeAll(async () => {
    const path = join(folder, 'group.wgdb');
    generateDemo(path, { scale: 'group', seed: 1 });
    store = openStore(path);
    handlers = createHandlers(store);
    call = caller(handlers);
    // The model Work Group's every third child and every third participant: a spread of schools, year groups and how much changed.
    const own = { workGroupId: call('workGroup.list', {}).find((g) => g.code === 'TRG-2025-01')!.id };
    const children = call('focusChild.list', own).filter((_, i) => i % 3 === 0);
    const participants = call('participant.list', own).filter((_, i) => i % 3 === 0);
    const paths = [
      ...(await Promise.all(
        children.map((c) => exportTo(folder, handlers, { kind: 'caseStudy', focusChildId: c.id })),
      )),
      ...(await Promise.all(
        participants.map((p) => exportTo(folder, handlers, { kind: 'actionResearch', participantId: p.id })),
      )),
    ];
    const read = readDocx(paths);
    caseStudies = children.map((c, i) => ({ code: c.code, id: c.id, blocks: read[i]! }));
    writeUps = participants.map((p, i) => ({ id: p.id, blocks: read[children.length + i]! }));
  }, 120_000);

  afterAll(() => {
    store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('tells each child’s year in order: findings, start, what was tried, evidence, end, story of change, learning, record trail', () => {
    expect(caseStudies.length).toBe(14);
    for (const { code, blocks } of caseStudies) {
      expect(h1s(blocks)).toEqual([
        'Key findings (draft)',
        `${code} at the start of the year`,
        `What was tried with ${code}`,
        'Evidence over time',
        `${code} at the end of the year`,
        'Story of change',
        'What the teacher learnt for practice',
        'Appendix: record trail',
      ]);
      const findings = section(blocks, 'Key findings (draft)');
      expect(paragraphsOf(findings)[0]!.text).toMatch(/^Draft:/);
      expect(bulletsOf(findings).length).toBeGreaterThanOrEqual(3);
      expect(bulletsOf(findings).length).toBeLessThanOrEqual(5);
      // The record trail is a table of the records, at the back.
      const trail = section(blocks, 'Appendix: record trail');
      expect(trail[0]).toMatchObject({
        kind: 'table',
        rows: expect.arrayContaining([['Date', 'Record', 'Strength']]),
      });
    }
  });

  it('fills every section of a fully recorded child’s case study from that child’s own records', () => {
    const observations = call('observation.list', {});
    const journal = call('journalEntry.list', {});
    const children = call('focusChild.list', {});
    const full = caseStudies.filter(({ id }) => {
      const child = children.find((c) => c.id === id)!;
      const own = observations.filter((o) => o.focusChildId === id);
      return (
        child.changeJudgement &&
        child.penPortraitEnd &&
        own.some((o) => o.kind === 'pupil_voice') &&
        own.filter((o) => o.kind === 'measure').length > 1 &&
        journal.some((j) => j.focusChildIds.includes(id))
      );
    });
    expect(full.length).toBeGreaterThanOrEqual(2);
    for (const { code, id, blocks } of full) {
      const child = children.find((c) => c.id === id)!;
      const own = observations.filter((o) => o.focusChildId === id);
      const text = textsOf(blocks).join('\n');
      expect(text).not.toMatch(PLACEHOLDERS);

      const findings = bulletsOf(section(blocks, 'Key findings (draft)')).map((p) => p.text);
      expect(findings.join(' ')).toContain(`(${child.changeJudgement} of 5)`);
      expect(findings.join(' ')).toMatch(/score (rose from|fell from|stayed at) \d+/);

      expect(textsOf(section(blocks, `${code} at the start of the year`))).toEqual(
        expect.arrayContaining([child.penPortraitStart, child.desiredChange]),
      );
      // Only this child's journal entries, each under its date; no class-wide cycle is told as if it were about them.
      const tried = section(blocks, `What was tried with ${code}`);
      const dates = paragraphsOf(tried)
        .map((p) => /^(\d\d\/\d\d\/\d{4}) \(/.exec(p.text)?.[1])
        .filter(Boolean);
      const linked = journal.filter((j) => j.focusChildIds.includes(id));
      expect(dates).toEqual(linked.map((j) => j.date.split('-').reverse().join('/')));
      expect(tried.some((b) => b.kind === 'heading' && /cycle/i.test(b.text))).toBe(false);

      const evidence = section(blocks, 'Evidence over time');
      const table = evidence.find((b) => b.kind === 'table') as { rows: string[][] };
      expect(table.rows[0]).toEqual(['Date', 'Kind', 'What was observed']);
      // Pupils' words are quoted and pictures of work shown with their captions, so neither is a row.
      expect(table.rows.length - 1).toBe(own.filter((o) => o.kind !== 'pupil_voice' && !o.attachmentId).length);
      expect(evidence.some((b) => b.kind === 'heading' && b.text === `In ${code}’s own words`)).toBe(true);

      expect(textsOf(section(blocks, `${code} at the end of the year`))).toContain(child.penPortraitEnd);
      const story = textsOf(section(blocks, 'Story of change'));
      expect(story).toContain(`The change hoped for: ${child.desiredChange}`);
      expect(story.some((t) => t.startsWith(`Judgement of change: ${child.changeJudgement} – `))).toBe(true);
      expect(story).toContain('Was this enough?');
      expect(paragraphsOf(section(blocks, 'What the teacher learnt for practice')).length).toBeGreaterThan(0);
    }
  });

  it('quotes each pupil’s words once, and says a reflection written twice once', () => {
    for (const { blocks } of [...caseStudies, ...writeUps]) {
      expect(twice(quotationsIn(blocks))).toEqual([]);
    }
    for (const { blocks } of caseStudies) {
      const learnt = paragraphsOf(section(blocks, 'What the teacher learnt for practice')).map((p) =>
        p.text.replace(/^From cycles? [\d, and]+: /, ''),
      );
      expect(twice(learnt)).toEqual([]);
    }
  });

  it('adds nothing of its own that the personal-data check would flag', async () => {
    // The app's own words: findings, verdicts, the record trail. (Records' words are the records' own.)
    const written = /^(Key findings \(draft\)|Was this enough\?|Appendix: record trail|Context and rationale)$/;
    const documents = [
      ...caseStudies.slice(0, 4).map((c) => ({ kind: 'caseStudy', focusChildId: c.id })),
      ...writeUps.slice(0, 2).map((w) => ({ kind: 'actionResearch', participantId: w.id })),
    ];
    for (const document of documents) {
      const reply = await dispatchAsync(handlers, 'export.check', { document, showSchool: false });
      if (!reply.ok) throw new Error(reply.error.message);
      const findings = (reply.result as { findings: { where: string; match: string }[] }).findings;
      expect(findings.filter((f) => written.test(f.where))).toEqual([]);
    }
  }, 60_000);

  it('writes up an inquiry: findings, context and question, readings cited, each cycle, each child, implications, references', () => {
    const readings = call('reading.list', {});
    const journal = call('journalEntry.list', {});
    const cycles = call('actionResearchCycle.list', {});
    const children = call('focusChild.list', {});
    expect(writeUps.length).toBe(5);
    let withReadings = 0;
    for (const { id, blocks } of writeUps) {
      expect(h1s(blocks)).toEqual([
        'Key findings (draft)',
        'Context and question',
        'What the readings said',
        'Cycles of inquiry',
        'Evidence from the focus children',
        'Implications and sharing',
        'References',
        'Appendix: record trail',
      ]);
      // Eight sections: short enough to need no contents page after the cover.
      expect(textsOf(blocks)).not.toContain('Contents');
      const findings = bulletsOf(section(blocks, 'Key findings (draft)'));
      expect(findings.length).toBeGreaterThanOrEqual(3);
      expect(findings.length).toBeLessThanOrEqual(5);
      const context = section(blocks, 'Context and question');
      expect(context.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text)).toEqual([
        'Context and rationale',
        'Research question',
      ]);
      expect(textsOf(context).join('\n')).not.toMatch(/has not been recorded/);

      // The references are the readings this participant's journal cites, and nothing else; each is said in the text.
      const cited = readings.filter((r) => journal.some((j) => j.participantId === id && j.readingIds.includes(r.id)));
      const references = paragraphsOf(section(blocks, 'References')).map((p) => p.text);
      if (cited.length > 0) {
        withReadings += 1;
        expect(references).toEqual(cited.map((r) => r.citation).sort());
        const said = textsOf(section(blocks, 'What the readings said')).join('\n');
        for (const r of cited) expect(said).toContain(`${shortCitation(r.citation)}: `);
        // A sentence the journal wrote on several days is given once, with its days.
        const uses = bulletsOf(section(blocks, 'What the readings said')).map((p) =>
          p.text.replace(/^In the journal, [^:]+: /, ''),
        );
        expect(twice(uses)).toEqual([]);
      } else expect(references).toEqual(['No reading is cited in this participant’s journal yet.']);

      // Each cycle: plan, action, evidence, reflection, in that order; a later plan says it follows the reflection.
      const own = cycles.filter((c) => c.participantId === id).sort((a, b) => a.number - b.number);
      const inquiry = section(blocks, 'Cycles of inquiry');
      const cycleHeadings = inquiry.filter((b) => b.kind === 'heading');
      expect(cycleHeadings.map((b) => (b as { text: string }).text.split(':')[0])).toEqual(
        own.map((c) => `Cycle ${c.number}`),
      );
      own.forEach((c, i) => {
        const start = inquiry.indexOf(cycleHeadings[i]!);
        const end = i + 1 < cycleHeadings.length ? inquiry.indexOf(cycleHeadings[i + 1]!) : inquiry.length;
        const labels = paragraphsOf(inquiry.slice(start + 1, end))
          .map((p) => /^([A-Z][^:]*): /.exec(p.text)?.[1])
          .filter((l): l is string => Boolean(l) && !/^Y\d|^R-|^N-/.test(l!));
        const stages = labels
          .map((l) => l.split(',')[0])
          .filter((l) => ['Plan', 'Action', 'Evidence', 'Reflection'].includes(l!));
        expect(stages).toEqual(['Plan', 'Action', 'Evidence', ...(c.reflect ? ['Reflection'] : [])]);
        if (i > 0 && own[i - 1]!.reflect)
          expect(labels[0]).toBe(`Plan, made after reflecting on cycle ${own[i - 1]!.number}`);
      });

      // Each focus child: start and end, measures on their scale, the child's words where recorded.
      const evidence = section(blocks, 'Evidence from the focus children');
      for (const child of children.filter((c) => c.participantId === id)) {
        expect(evidence.some((b) => b.kind === 'heading' && b.text.startsWith(`${child.code} (`))).toBe(true);
      }
      const evidenceText = textsOf(evidence).join('\n');
      expect(evidenceText).toMatch(/At the start: /);
      expect(evidenceText).toMatch(/On the .+, scored .+ score (rose|fell|stayed)/);
      expect(textsOf(section(blocks, 'Implications and sharing')).length).toBeGreaterThan(2);
    }
    expect(withReadings).toBeGreaterThan(1);
  });
});

describe('one child’s records, written by hand', () => {
  it('quotes words the journal repeats once, says a repeated reflection once, and shows work before and after with its caption', async () => {
    const { call, handlers } = tempWorkspace();
    const year = recordSmallYear(call);
    const words = 'I can see which fraction is bigger when I draw the bars.';
    call('observation.create', {
      focusChildId: year.child.id,
      date: '2026-03-04',
      kind: 'pupil_voice',
      text: `Asked how they compared the fractions: “${words}”`,
    });
    call('journalEntry.create', {
      participantId: year.participant.id,
      date: '2026-03-05',
      text: `Asked the focus child to explain again. They said, “${words}” That is new.`,
      focusChildIds: [year.child.id],
    });
    const reflection = 'The bar model helped most when pupils drew it themselves.';
    call('actionResearchCycle.update', {
      id: year.cycle.id,
      participantId: year.participant.id,
      number: 1,
      plan: 'Introduce bar models for comparing fractions.',
      act: 'Taught four lessons with bar models.',
      observe: 'Pupils drew bars without being asked.',
      reflect: reflection,
      startDate: '2025-10-01',
      endDate: '2025-12-15',
      focusChildIds: [year.child.id],
    });
    call('actionResearchCycle.create', {
      participantId: year.participant.id,
      number: 2,
      plan: 'Ask pupils to draw their own bars before comparing.',
      act: 'Taught five lessons.',
      reflect: `${reflection} `,
      startDate: '2026-01-10',
      endDate: '2026-03-20',
      focusChildIds: [year.child.id],
    });
    // Two pictures of the child's work, drawn here: a short bar before, a long one after.
    const picture = (width: number) => {
      const canvas = createCanvas(200, 80);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, 200, 80);
      context.fillStyle = '#1f5fa8';
      context.fillRect(10, 30, width, 20);
      return canvas.toBuffer('image/png').toString('base64');
    };
    for (const [date, text, width] of [
      ['2025-10-20', 'Compared 1/3 and 1/4 by counting pieces; no drawing.', 40],
      ['2026-06-10', 'Drew two bars of equal length and explained why 1/3 is bigger.', 180],
    ] as const) {
      const image = call('attachment.add', {
        workGroupId: year.workGroup.id,
        mimeType: 'image/png',
        dataBase64: picture(width),
      });
      call('observation.create', {
        focusChildId: year.child.id,
        date,
        kind: 'work_sample',
        text,
        attachmentId: image.id,
      });
    }

    const folder = tempFolder();
    const paths = [
      await exportTo(folder, handlers, { kind: 'caseStudy', focusChildId: year.child.id }),
      await exportTo(folder, handlers, { kind: 'actionResearch', participantId: year.participant.id }),
    ];
    const [caseStudy, writeUp] = readDocx(paths);
    const code = year.child.code;

    // The words are quoted once, under the child's own words; the journal entry points there.
    expect(quotationsIn(caseStudy!)).toEqual([words]);
    expect(textsOf(section(caseStudy!, `What was tried with ${code}`)).join('\n')).toContain(
      `They said, “…” (quoted under ‘In ${code}’s own words’ below). That is new.`,
    );
    expect(textsOf(section(caseStudy!, 'Evidence over time'))).toContain(
      `— asked how they compared the fractions, 04/03/2026 (Spring)`,
    );
    // Both cycles name only this child, so they are what was tried with them; their one reflection is said once.
    expect(textsOf(section(caseStudy!, `What was tried with ${code}`))).toEqual(
      expect.arrayContaining(['Action-research cycle 1, from 01/10/2025', 'Action-research cycle 2, from 10/01/2026']),
    );
    expect(textsOf(section(caseStudy!, 'What the teacher learnt for practice'))).toEqual([
      `From cycles 1 and 2: ${reflection}`,
    ]);
    // Pupils' work before and after, each picture with the teacher's words as its caption.
    const work = textsOf(section(caseStudy!, 'Evidence over time'));
    expect(work).toEqual(
      expect.arrayContaining([
        'Before, 20/10/2025: Compared 1/3 and 1/4 by counting pieces; no drawing.',
        'After, 10/06/2026: Drew two bars of equal length and explained why 1/3 is bigger.',
      ]),
    );

    // Each picture keeps its caption on the same page.
    const xml = await (await JSZip.loadAsync(readFileSync(paths[0]!))).file('word/document.xml')!.async('string');
    const pictures = xml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*?descr="TRG-2025-01-A’s work[\s\S]*?<\/w:p>/g) ?? [];
    expect(pictures).toHaveLength(2);
    for (const p of pictures) expect(p).toContain('<w:keepNext/>');

    const cycles = textsOf(section(writeUp!, 'Cycles of inquiry'));
    expect(cycles).toContain('Reflection: The same as for cycle 1.');
    expect(cycles.filter((t) => t.includes(reflection))).toHaveLength(1);
    expect(cycles).toContain(
      'Plan, made after reflecting on cycle 1: Ask pupils to draw their own bars before comparing.',
    );
    expect(quotationsIn(writeUp!)).toEqual([words]);
    expect(textsOf(section(writeUp!, 'Evidence from the focus children'))).toEqual(
      expect.arrayContaining([
        'Before, 20/10/2025: Compared 1/3 and 1/4 by counting pieces; no drawing.',
        'After, 10/06/2026: Drew two bars of equal length and explained why 1/3 is bigger.',
      ]),
    );
    // The reading is cited by the journal, so it is in the references and said in the text.
    expect(textsOf(section(writeUp!, 'References'))).toEqual([year.reading.citation]);
    expect(textsOf(section(writeUp!, 'What the readings said')).join('\n')).toContain('Example (2020): ');
  });
});
