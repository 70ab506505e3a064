import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { readDocx, section, textsOf } from '../../support/docx';
import { recordResearchLesson } from '../../support/year';
import { tempFolder, tempWorkspace } from '../../support/workspace';

async function exportTo(handlers: Parameters<typeof dispatchAsync>[0], folder: string, document: object) {
  const reply = await dispatchAsync(handlers, 'export.document', { document, allowFlagged: true });
  if (!reply.ok) throw new Error(reply.error.message);
  const { fileName, dataBase64 } = reply.result as { fileName: string; dataBase64: string };
  writeFileSync(join(folder, fileName), Buffer.from(dataBase64, 'base64'));
  return join(folder, fileName);
}

describe('a research lesson in the documents, read back with python-docx', () => {
  it('is in the report with its case pupils, and in each case pupil’s case study', async () => {
    const { call, handlers } = tempWorkspace();
    const study = recordResearchLesson(call);
    call('researchLesson.create', study.lesson);
    const folder = tempFolder();
    const [report, ...caseStudies] = readDocx([
      await exportTo(handlers, folder, { kind: 'report', workGroupId: study.workGroup.id }),
      ...(await Promise.all(
        study.children.map((c) => exportTo(handlers, folder, { kind: 'caseStudy', focusChildId: c.id })),
      )),
    ]);

    const lessons = section(report!, 'Research lessons');
    expect(textsOf(lessons)).toEqual(
      expect.arrayContaining([
        'Research lesson, 12/03/2026',
        `Aim: ${study.lesson.aim}`,
        `Post-lesson discussion: ${study.lesson.discussion}`,
        `What it changed: ${study.lesson.changes}`,
        'Observations made during the lesson: 1 observation',
      ]),
    );
    const pupils = lessons.find((b) => b.kind === 'table');
    expect(pupils).toEqual({
      kind: 'table',
      rows: [
        ['Case pupil', 'We predicted', 'In the lesson', 'Afterwards they said'],
        ...study.children.map((c, i) => [
          c.code,
          study.lesson.casePupils[i]!.prediction,
          study.lesson.casePupils[i]!.observed,
          `“${study.lesson.casePupils[i]!.interview}”`,
        ]),
      ],
    });

    study.children.forEach((child, i) => {
      const tried = textsOf(section(caseStudies[i]!, `What was tried with ${child.code}`));
      const pupil = study.lesson.casePupils[i]!;
      expect(tried).toEqual(
        expect.arrayContaining([
          `${child.code} as a case pupil in the research lesson on 12/03/2026`,
          `In the research lesson on 12/03/2026 we predicted: ${pupil.prediction}`,
          `In the lesson, ${child.code}: ${pupil.observed}`,
          `“${pupil.interview}”`,
          `— ${child.code}, interviewed after the research lesson on 12/03/2026`,
          `What the group changed as a result: ${study.lesson.changes}`,
        ]),
      );
      // A child is told only their own part of the lesson.
      const others = study.lesson.casePupils.filter((p) => p !== pupil);
      for (const other of others) expect(tried.join('\n')).not.toContain(other.prediction);
    });
  }, 60_000);
});
