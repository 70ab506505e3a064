import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Output } from '../../src-shared/api/contract';
import type { DocumentRequest, MissingItem } from '../../src-shared/api/exports';
import { FINDING_LABELS, type Finding } from '../../src-shared/privacy/findings';
import { writeFileAtomically } from '../export/atomicWrite';
import type { AllHandlers } from '../services/handlers';
import { exportWorkbook } from './workbook';
import {
  call,
  callAsync,
  Failure,
  findWorkGroup,
  type Io,
  type Options,
  parse,
  UsageError,
  withWorkspace,
} from './common';

const USAGE =
  '"wge export" needs one of: case-study (--child CODE | --work-group CODE), action-research --participant ID, report --work-group CODE, hub-report [--project NAME] [--year 2025/26], summary --work-group CODE, hub-summary [--project NAME] [--year 2025/26], slides (--work-group CODE | --hub [--project NAME] [--year 2025/26]).';

/**
 * The command line's side of the one gate every export passes: lists what the personal-data check
 * found and refuses, before anything is written, unless --allow-flagged says the user accepts it.
 */
export function letOut(findings: Finding[], o: Options, io: Io): void {
  if (findings.length === 0 || o['allow-flagged']) return;
  for (const f of findings) io.out(`${FINDING_LABELS[f.kind]}: "${f.match}" in ${f.where}: ${f.context}`);
  throw new Failure(
    `${findings.length} possible personal details found (listed above). Fix them in the workspace, or add --allow-flagged to export anyway.`,
  );
}

/** Which Work Groups a hub document covers, from --project NAME and --year. */
export function hubFilters(handlers: AllHandlers, o: Options): { projectId?: string; academicYear?: string } {
  const project =
    typeof o.project === 'string'
      ? call(handlers, 'project.list', {}).find((p) => p.name.toLowerCase() === String(o.project).trim().toLowerCase())
      : undefined;
  if (typeof o.project === 'string' && !project) throw new Failure(`No project is called "${o.project}".`);
  return {
    ...(project ? { projectId: project.id } : {}),
    ...(typeof o.year === 'string' ? { academicYear: o.year } : {}),
  };
}

/** The documents one command line asks for; a batch (every case study of a group) writes into a folder. */
function requests(
  handlers: AllHandlers,
  what: string | undefined,
  o: Options,
): { batch: boolean; list: DocumentRequest[] } {
  switch (what) {
    case 'case-study': {
      if (typeof o.child === 'string') {
        // Codes are unique in a Work Group, so in a hub workspace a code may need its group.
        const code = o.child.trim().toUpperCase();
        const scope =
          typeof o['work-group'] === 'string'
            ? { workGroupId: findWorkGroup(handlers, o['work-group'], '--work-group').id }
            : {};
        const children = call(handlers, 'focusChild.list', scope).filter((c) => c.code === code);
        if (children.length === 0) throw new Failure(`No focus child has the code ${code}.`);
        if (children.length > 1)
          throw new UsageError(
            `Focus children in ${children.length} Work Groups have the code ${code}: add --work-group CODE to say which.`,
          );
        return { batch: false, list: [{ kind: 'caseStudy', focusChildId: children[0]!.id }] };
      }
      const group = findWorkGroup(handlers, o['work-group'], '--child CODE or --work-group');
      const children = call(handlers, 'focusChild.list', { workGroupId: group.id });
      return { batch: true, list: children.map((c) => ({ kind: 'caseStudy', focusChildId: c.id })) };
    }
    case 'action-research':
      if (typeof o.participant !== 'string') throw new UsageError('--participant ID is required.');
      return { batch: false, list: [{ kind: 'actionResearch', participantId: o.participant }] };
    case 'report':
      return {
        batch: false,
        list: [{ kind: 'report', workGroupId: findWorkGroup(handlers, o['work-group'], '--work-group').id }],
      };
    case 'hub-report':
      return { batch: false, list: [{ kind: 'hubSummary', ...hubFilters(handlers, o) }] };
    case 'slides':
      if (o.hub) {
        if (typeof o['work-group'] === 'string') throw new UsageError('Choose --work-group CODE or --hub, not both.');
        return { batch: false, list: [{ kind: 'hubSlides', ...hubFilters(handlers, o) }] };
      }
      return {
        batch: false,
        list: [
          {
            kind: 'workGroupSlides',
            workGroupId: findWorkGroup(handlers, o['work-group'], '--work-group (or --hub for the whole hub)').id,
          },
        ],
      };
    default:
      throw new UsageError(USAGE);
  }
}

/** Prints what each document is still missing, with where to record it: the Lead may go on regardless. */
export function listMissing(documents: { fileName: string; missing: MissingItem[] }[], io: Io): void {
  for (const { fileName, missing } of documents) {
    if (missing.length === 0) continue;
    io.out(`Still to complete in ${fileName}:`);
    for (const m of missing) io.out(`  ${m.text} Record it on ${m.where}.`);
  }
}

/** wge export …: Word documents and PowerPoint slides, checked for personal data first. */
export async function exportDocuments(args: string[], io: Io): Promise<void> {
  const [what, ...rest] = args;
  const text = { type: 'string' } as const;
  const flag = { type: 'boolean' } as const;
  const o = parse(rest, {
    out: text,
    child: text,
    'work-group': text,
    participant: text,
    project: text,
    year: text,
    hub: flag,
    'allow-flagged': flag,
    'show-school': flag,
  });
  if (typeof o.out !== 'string' || !o.out) throw new UsageError('--out PATH is required: where to write the document.');
  const out = o.out;
  // Excel workbooks: the Work Group summary and the hub workbook.
  if (what === 'summary' || what === 'hub-summary') return exportWorkbook(what, o, out, io);
  await withWorkspace(o, async (handlers) => {
    const { batch, list } = requests(handlers, what, o);
    const showSchool = Boolean(o['show-school']);
    // Build everything first, so nothing is written while any document would still identify someone.
    const produced: Output<'export.document'>[] = [];
    for (const document of list) {
      produced.push(await callAsync(handlers, 'export.document', { document, showSchool, allowFlagged: true }));
    }
    if (!o.json) listMissing(produced, io);
    // A batch writes every document the check lets out and holds back the rest; one document is refused whole.
    const flagged = (p: Output<'export.document'>) => p.findings.length > 0 && !o['allow-flagged'];
    const heldBack = batch ? produced.filter(flagged) : [];
    if (!batch) letOut(produced[0]!.findings, o, io);
    else if (!o.json) {
      for (const p of heldBack) {
        io.out(`Held back ${p.fileName}:`);
        for (const f of p.findings) io.out(`  ${FINDING_LABELS[f.kind]}: "${f.match}" in ${f.where}: ${f.context}`);
      }
    }
    const going = produced.filter((p) => !heldBack.includes(p));
    // The folder is made only when something goes into it, so a batch held back whole leaves nothing behind.
    if (batch && going.length > 0) mkdirSync(out, { recursive: true });
    const written = going.map((p) => {
      const path = batch ? join(out, p.fileName) : out;
      writeFileAtomically(path, Buffer.from(p.dataBase64, 'base64'));
      return path;
    });
    if (o.json) {
      io.out(
        JSON.stringify({
          written,
          missing: produced.flatMap((p) => p.missing.map((m) => ({ document: p.fileName, ...m }))),
          heldBack: heldBack.map((p) => ({ document: p.fileName, findings: p.findings })),
        }),
      );
    } else if (written.length > 0) {
      io.out(`Wrote ${batch ? `${written.length} documents into ${out}` : written[0]}.`);
    }
    if (heldBack.length > 0) {
      throw new Failure(
        `${heldBack.length} of ${produced.length} documents ${heldBack.length === 1 ? 'was' : 'were'} held back because they may identify someone (listed above${o.json ? ' in "heldBack"' : ''}). Fix the records and export them again, or add --allow-flagged to export anyway.`,
      );
    }
  });
}
