import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  ImageRun,
  InternalHyperlink,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { ChartImage } from '../chartImage';

// The small vocabulary every Word document of the app is written in, so they all look alike:
// a title page, a contents list of links to the headings, page numbers, tables whose header row
// repeats on each page, and images that always carry alt text. Nothing in a document is a field
// Word must update, so it opens without asking anything.

const FONT = 'Arial';
const INK = '1D2433';
const ACCENT = '1F5FA8';
const CONTENT_WIDTH_PX = 620; // A4 portrait less 2.5 cm margins, at 96 px to the inch

/** A heading, made into a paragraph by buildDocument, which keeps the levels in order and links it from the contents. */
export class Heading {
  constructor(
    readonly text: string,
    readonly level: 1 | 2 | 3,
  ) {}
}

export type Block = FileChild | Heading;

export function heading(text: string, level: 1 | 2 | 3 = 1): Heading {
  return new Heading(text, level);
}

/** Free text as the user wrote it: each line its own paragraph. */
export function paragraphs(text: string, options: { italic?: boolean } = {}): Paragraph[] {
  const lines = text.split(/\n+/).filter((line) => line.trim() !== '');
  return lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, italics: options.italic })] }));
}

export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

export function note(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: true, color: '5A6375' })] });
}

export function bullets(items: string[]): Paragraph[] {
  return items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
}

export function quote(text: string, source: string): Paragraph[] {
  return [
    new Paragraph({
      indent: { left: 567 },
      border: { left: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 8 } },
      // Double quotation marks outside, any quotation inside in single ones (the British way).
      children: [new TextRun({ text: `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`, italics: true })],
    }),
    new Paragraph({ indent: { left: 567 }, children: [new TextRun({ text: `— ${source}`, color: '5A6375' })] }),
  ];
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: 'B8BEC8' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

/** Roughly how wide a character of the tables' 9.5-point type is, and a cell's margins, in pixels. */
const TABLE_CHARACTER_PX = 6.5;
const CELL_MARGINS_PX = 16;

/**
 * Each column's share of the page: as asked, but never so narrow that a word of its header (or a
 * short unbroken value such as "2025/26") has to break in the middle.
 */
export function columnShares(headers: string[], rows: string[][], widths?: number[]): number[] {
  const asked = widths ?? headers.map(() => 1);
  const askedTotal = asked.reduce((a, b) => a + b, 0);
  const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((word) => word.length));
  const least = headers.map((header, i) => {
    const word = Math.max(longestWord(header) + 1, ...rows.map((row) => Math.min(longestWord(row[i] ?? ''), 14)));
    return (word * TABLE_CHARACTER_PX + CELL_MARGINS_PX) / CONTENT_WIDTH_PX;
  });
  const shares = asked.map((w) => w / askedTotal);
  const short = shares.map((share, i) => share < least[i]!);
  const fixed = shares.reduce((sum, _, i) => sum + (short[i] ? least[i]! : 0), 0);
  const rest = shares.reduce((sum, share, i) => sum + (short[i] ? 0 : share), 0);
  const given = shares.map((share, i) =>
    short[i] ? least[i]! : rest > 0 ? (share / rest) * Math.max(0, 1 - fixed) : share,
  );
  // Where even the narrowest columns do not fit across the page, each gives up the same share.
  const total = given.reduce((a, b) => a + b, 0);
  return given.map((share) => share / total);
}

/** A table whose header row repeats at the top of every page it runs onto. */
export function table(headers: string[], rows: string[][], widths?: number[]): Table {
  const shares = columnShares(headers, rows, widths);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      borders,
      width: { size: Math.round(shares[i]! * 100), type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, fill: 'E4ECF7', color: 'auto' } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: (text || '—')
        .split('\n')
        .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 19 })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, i) => cell(value, i, false)) })),
    ],
  });
}

/** A chart drawn from the shared chart configurations, full width, with its text alternative. */
/** A chart as wide as the page, its title under it and, for the evaluation's charts, the caption the screen shows. */
export function chart(image: ChartImage, title: string, altText: string, caption?: string): Paragraph[] {
  const width = CONTENT_WIDTH_PX;
  const height = Math.round((image.height / image.width) * width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true, // the caption stays under its chart
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width, height },
          altText: { name: title, title, description: altText },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: caption !== undefined,
      children: [new TextRun({ text: title, italics: true, size: 18 })],
    }),
    ...(caption === undefined
      ? []
      : [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: caption, size: 16, color: '595959' })],
          }),
        ]),
  ];
}

/** A photograph of pupils' work, no wider than the page. */
export function picture(data: Buffer, type: 'png' | 'jpg', size: { width: number; height: number }, alt: string) {
  const scale = Math.min(1, 400 / size.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true, // its caption stays under it
    children: [
      new ImageRun({
        type,
        data,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: { name: alt, title: alt, description: alt },
      }),
    ],
  });
}

/** How many of the things still to complete a document lists; the app and `wge export` list them all. */
const STILL_TO_COMPLETE_LISTED = 6;

/**
 * One short box at the head of the body saying what the records do not hold yet, instead of a
 * placeholder wherever each is missing. No box when nothing is missing.
 */
export function stillToCompleteBox(items: string[]): Paragraph[] {
  if (items.length === 0) return [];
  const listed = items.slice(0, STILL_TO_COMPLETE_LISTED);
  const more = items.length - listed.length;
  // Paragraphs with the same border and shading are drawn as one box, in Word and LibreOffice alike.
  const edge = { style: BorderStyle.SINGLE, size: 12, color: 'C98A1B', space: 6 };
  // Bullets as characters: a list's indent would move a line's border out of the box.
  const line = (text: string, bold = false) =>
    new Paragraph({
      keepNext: true,
      keepLines: true,
      border: { top: edge, bottom: edge, left: edge, right: edge },
      shading: { type: ShadingType.CLEAR, fill: 'FFF6E0', color: 'auto' },
      spacing: { after: 60 },
      children: [new TextRun({ text, bold, size: 20 })],
    });
  return [
    line('Still to complete', true),
    ...listed.map((text) => line(`•  ${text}`)),
    ...(more > 0 ? [line(`And ${more} more, listed in Work Group Evaluator before the document is exported.`)] : []),
    new Paragraph({ spacing: { after: 120 } }),
  ];
}

export interface DocumentParts {
  title: string;
  subtitle: string;
  /** Lines under the title, e.g. the Work Group, the year, the date it was produced. */
  details: string[];
  body: Block[];
  /** What the records do not hold yet (the completeness check's sentences), shown once at the start. */
  stillToComplete?: string[];
}

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };

/** A document with no more top-level headings than this (a case study) is short enough to need no contents list. */
const CONTENTS_AFTER_SECTIONS = 8;

/**
 * The body's headings as paragraphs, each bookmarked for the contents. A heading never sits more
 * than one level below the one it comes under (Word's navigation pane and screen readers expect
 * 1, 2, 3, not 1, 3), whatever level its writer asked for.
 */
function headingsLinked(body: Block[]) {
  const open: { asked: number; level: 1 | 2 | 3 }[] = [];
  const contents: { text: string; level: number; anchor: string }[] = [];
  const children = body.map((block, i): FileChild => {
    if (!(block instanceof Heading)) return block;
    while (open.length > 0 && open.at(-1)!.asked >= block.level) open.pop();
    const level = Math.min(block.level, (open.at(-1)?.level ?? 0) + 1) as 1 | 2 | 3;
    open.push({ asked: block.level, level });
    const anchor = `_wge_heading_${i}`;
    if (level <= 2) contents.push({ text: block.text, level, anchor });
    return new Paragraph({
      heading: HEADING_LEVELS[level],
      children: [new Bookmark({ id: anchor, children: [new TextRun(block.text)] })],
    });
  });
  return { children, contents };
}

/** The contents: a link to each heading of the first two levels (no page numbers, which would be a field). */
function contentsList(contents: { text: string; level: number; anchor: string }[]): Paragraph[] {
  if (contents.filter((entry) => entry.level === 1).length <= CONTENTS_AFTER_SECTIONS) return [];
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ children: [new TextRun({ text: 'Contents', bold: true, size: 32, color: ACCENT })] }),
    ...contents.map(
      (entry) =>
        new Paragraph({
          indent: { left: entry.level === 1 ? 0 : 425 },
          spacing: { after: 60 },
          children: [
            new InternalHyperlink({
              anchor: entry.anchor,
              children: [new TextRun({ text: entry.text, color: ACCENT, bold: entry.level === 1 })],
            }),
          ],
        }),
    ),
  ];
}

/** Title page, contents, then the body with a running header and "Page n of m" in the footer. */
export function buildDocument({ title, subtitle, details, body, stillToComplete = [] }: DocumentParts): Document {
  const run = { font: FONT, color: INK, language: { value: 'en-GB' } };
  // Headings keep with what follows them, and keep their own lines together: none is left at the foot of a page.
  const keep = { keepNext: true, keepLines: true };
  const { children, contents } = headingsLinked(body);
  return new Document({
    title,
    creator: 'Work Group Evaluator',
    description: subtitle,
    styles: {
      default: {
        document: {
          run: { ...run, size: 22 },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { ...run, size: 34, bold: true, color: ACCENT },
          paragraph: { ...keep, spacing: { before: 360, after: 160 } },
        },
        heading2: {
          run: { ...run, size: 28, bold: true },
          paragraph: { ...keep, spacing: { before: 280, after: 120 } },
        },
        heading3: {
          run: { ...run, size: 24, bold: true },
          paragraph: { ...keep, spacing: { before: 200, after: 80 } },
        },
        title: { run: { ...run, size: 56, bold: true, color: ACCENT } },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({ spacing: { before: 3000 } }),
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
          new Paragraph({ spacing: { after: 480 }, children: [new TextRun({ text: subtitle, size: 32 })] }),
          ...details.map(
            (line) => new Paragraph({ children: [new TextRun({ text: line, size: 24, color: '5A6375' })] }),
          ),
          ...contentsList(contents),
        ],
      },
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: title, size: 16, color: '5A6375' })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: [...stillToCompleteBox(stillToComplete), ...children],
      },
    ],
  });
}

export const toBuffer = (document: Document): Promise<Buffer> => Packer.toBuffer(document);
