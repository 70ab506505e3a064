import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src-main/demo/generate';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { createHandlers } from '../../../src-main/services/handlers';
import { openStore, type Store } from '../../../src-main/store/store';
import { caller, tempFolder } from '../../support/workspace';

// The hub pack read back by readers that share nothing with ours: python-docx for the report,
// Python's own zip and XML reading for the slides (Debian has no python-pptx).

const READ = `
import docx, json, re, sys, zipfile
path = sys.argv[1]
z = zipfile.ZipFile(path)
xml = "".join(z.read(n).decode("utf8") for n in z.namelist() if n.endswith(".xml"))
langs = sorted(set(re.findall(r'lang(?:\\s*w:val)?="([^"]+)"', xml) + re.findall(r'w:lang w:val="([^"]+)"', xml)))
core = z.read("docProps/core.xml").decode("utf8")
prop = lambda tag: (re.search("<dc:%s>([^<]*)</dc:%s>" % (tag, tag), core) or [None, None])[1]
out = {"langs": langs, "title": prop("title"), "subject": prop("subject")}
if path.endswith(".docx"):
    d = docx.Document(path)
    out["paragraphs"] = [{"style": p.style.name, "text": p.text} for p in d.paragraphs]
else:
    slides = sorted((n for n in z.namelist() if re.match(r"ppt/slides/slide\\d+\\.xml$", n)), key=lambda n: int(re.findall(r"\\d+", n)[0]))
    out["slides"] = [" ".join(re.findall(r"<a:t>([^<]*)</a:t>", z.read(n).decode("utf8"))) for n in slides]
print(json.dumps(out))
`;

interface Read {
  langs: string[];
  title: string | null;
  subject: string | null;
  paragraphs?: { style: string; text: string }[];
  slides?: string[];
}

function readBack(path: string): Read {
  const run = spawnSync('/usr/bin/python3', ['-c', READ, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python3 could not read ${path} (is python3-docx installed?): ${run.stderr}`);
  return JSON.parse(run.stdout) as Read;
}

let store: Store;
let workspaceFolder: string;

async function exported(kind: 'hubSummary' | 'hubSlides', name: string): Promise<Read> {
  const reply = await dispatchAsync(createHandlers(store), 'export.document', {
    // The hub's year: the demo also holds last year's Work Groups of its three second-year groups.
    document: { kind, academicYear: '2025/26' },
    allowFlagged: false,
  });
  if (!reply.ok) throw new Error(reply.error.message);
  const path = join(tempFolder(), name);
  writeFileSync(path, Buffer.from((reply.result as { dataBase64: string }).dataBase64, 'base64'));
  return readBack(path);
}

describe('Hub report and hub slides', () => {
  beforeAll(() => {
    // One workspace for both tests (a hub demo takes seconds to make), in a folder of its own that outlives each test.
    workspaceFolder = mkdtempSync(join(tmpdir(), 'wge-hub-pack-'));
    const path = join(workspaceFolder, 'hub.wgdb');
    generateDemo(path, { scale: 'hub', seed: 11 });
    store = openStore(path);
    caller(createHandlers(store))('settings.set', { hubName: 'Test Vale Maths Hub' });
  }, 60_000);
  afterAll(() => {
    store?.close();
    rmSync(workspaceFolder, { recursive: true, force: true });
  });

  it('names the hub and the year on the title, opens with the synthesis, and quotes several groups across the range of change', async () => {
    const read = await exported('hubSummary', 'hub-report.docx');
    const paragraphs = read.paragraphs!;
    const title = paragraphs.find((p) => p.style === 'Title')!.text;
    expect(title).toBe('Test Vale Maths Hub: Work Groups 2025/26');
    expect(read.title).toBe(title);

    const headings = paragraphs.filter((p) => p.style.startsWith('Heading')).map((p) => p.text);
    const order = ['Across the groups', 'Did it work?', 'What next?', 'Headline figures', 'In teachers’ words'];
    expect(order.map((h) => headings.indexOf(h))).toEqual(
      [...order.map((h) => headings.indexOf(h))].sort((a, b) => a - b),
    );
    expect(order.every((h) => headings.includes(h))).toBe(true);
    const section = (from: string, to: string) => {
      const start = paragraphs.findIndex((p) => p.text === from);
      const end = paragraphs.findIndex((p, i) => i > start && p.text === to);
      return paragraphs.slice(start + 1, end).map((p) => p.text);
    };
    // "Did it work?" opens with pupils, then teachers, then schools, each with figures, none a placeholder.
    const didItWork = section('Did it work?', 'What next?');
    expect(didItWork.map((t) => t.split(':')[0])).toEqual(['Pupils', 'Teachers', 'Schools']);
    for (const line of didItWork) expect(line).toMatch(/\d/);
    expect(section('What next?', 'Headline figures').length).toBeGreaterThan(0);

    // Quotes come from more than one Work Group, and no quote is used twice.
    const quoted = section('In teachers’ words', 'Focus children across the range of change');
    const sources = quoted.filter((t) => t.startsWith('— '));
    const groups = new Set(sources.map((t) => /Work Group (TRG-\d{4}-\d+)/.exec(t)?.[1]));
    expect(groups.size).toBeGreaterThan(1);
    const quotes = quoted.filter((t) => t.startsWith('“'));
    expect(new Set(quotes).size).toBe(quotes.length);
    // Teachers are named by their role, as in the slides, unless the Lead chooses names.
    expect(sources.some((t) => /\(an? [^)]*teacher/i.test(t))).toBe(true);

    // Children come from several groups and from across the range of change, not only 5 of 5.
    const children = section('Focus children across the range of change', 'About these figures');
    const levels = new Set(children.filter((t) => t.startsWith('Change judged: ')).map((t) => t.slice(15, 16)));
    expect(levels.size).toBeGreaterThanOrEqual(3);
    const childGroups = new Set(
      paragraphs
        .filter((p) => p.style.startsWith('Heading') && /^G\d+-/.test(p.text))
        .map((p) => p.text.split(',')[0]!.split('-')[0]),
    );
    expect(childGroups.size).toBeGreaterThan(2);

    expect(read.langs).toEqual(['en-GB']);
  }, 120_000);

  it('names the hub and the year on the first slide, says whether it worked, and is British English throughout', async () => {
    const read = await exported('hubSlides', 'hub-slides.pptx');
    const slides = read.slides!;
    expect(slides[0]).toContain('Test Vale Maths Hub: Work Groups 2025/26');
    expect(read.title).toBe('Test Vale Maths Hub: Work Groups 2025/26');
    expect(read.subject).toMatch(/^Test Vale Maths Hub: the Work Groups’ year 2025\/26/);
    expect(read.subject).not.toMatch(/PptxGenJS/);
    const didItWork = slides.find((s) => s.startsWith('Did it work?'))!;
    expect(didItWork).toMatch(/Pupils: .*Teachers: .*Schools: /);
    // Stories come from different groups and different levels of change.
    const stories = slides.filter((s) => s.startsWith('Focus child '));
    expect(stories.length).toBeGreaterThan(1);
    expect(new Set(stories.map((s) => /change judged (\d)/.exec(s)?.[1])).size).toBe(stories.length);
    expect(new Set(stories.map((s) => /Focus child (G\d+)-/.exec(s)?.[1])).size).toBe(stories.length);
    expect(read.langs).toEqual(['en-GB']);
  }, 120_000);
});
