import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { AREA_COLOURS } from '../../../src-shared/charts/palette';
import { excerpt } from '../../../src-shared/evaluation/areas';
import type { ChartImage, ChartSize } from '../chartImage';

// Slides are shown in a hall: 16:9, titles at 32 pt or more, everything else at 20 pt or more
// (the footer apart), and one theme on every slide: the four NCETM areas' colours along the top.
// Text is measured before it is placed, so it is shortened rather than left to overflow.

const WIDTH = 13.333;
const MARGIN = 0.6;
const CONTENT_WIDTH = WIDTH - 2 * MARGIN;
const FONT = 'Arial';
const INK = '1F1F1F';
const MUTED = '4A4A4A';
const PANEL = 'F1F3F6';
const CONTENT_TOP = 2.2;
const CONTENT_BOTTOM = 6.85;

const TITLE_SIZES = [40, 36, 32];
/** For lines beside or under something larger: a standing, a panel, the title slide's details. */
const LINE_SIZES = [24, 22, 20];
const BODY_SIZES = [28, 26, 24, 22, 20];
const FOOTER_SIZE = 14;

/** Where a chart goes on an evidence slide, and the size it is drawn at to fill it sharply. */
const CHART_BOX = { x: MARGIN, y: 1.7, w: 7.6, h: CONTENT_BOTTOM - 1.7 };
export const SLIDE_CHART: ChartSize = {
  width: 740,
  height: Math.round((740 * CHART_BOX.h) / CHART_BOX.w),
  fontSize: 21,
};

/** A count as a hall reads it: 1,185 rather than 1185. */
export const figure = (n: number) => n.toLocaleString('en-GB');

const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const AREA_STRIP = Object.values(AREA_COLOURS).map(hex);

// Measuring text: an average character of English in Arial is a little under half as wide as the
// type is tall (a little over in bold), and a line takes about 1.2 times its size. Text boxes keep
// 0.1 in of space inside each edge.
const CHAR_WIDTH = 0.46;
const BOLD_CHAR_WIDTH = 0.5;
const LINE_HEIGHT = 1.2;
const INSET = 0.1;
const POINTS = 72;

function linesOf(text: string, size: number, width: number, bold = false): number {
  const perLine = Math.max(
    8,
    Math.floor(((width - 2 * INSET) * POINTS) / (size * (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH))),
  );
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (used > 0 && used + 1 + word.length > perLine) {
        lines += 1;
        used = word.length;
      } else used += (used > 0 ? 1 : 0) + word.length;
    }
  }
  return lines;
}

/** One paragraph of a text box. */
interface Paragraph {
  text: string;
  bold?: boolean;
  italic?: boolean;
  muted?: boolean;
  /** Space after it, in lines of its own size. */
  gapAfter?: number;
  /** May be shortened (to whole sentences where it can) when the box is too small for it. */
  shortenable?: boolean;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const heightOf = (paragraphs: Paragraph[], size: number, width: number) =>
  paragraphs.reduce(
    (sum, p) => sum + ((linesOf(p.text, size, width, p.bold) + (p.gapAfter ?? 0)) * size * LINE_HEIGHT) / POINTS,
    2 * INSET,
  );

/**
 * The largest of the sizes at which the paragraphs fit the box; when none does, the longest
 * paragraph that may be shortened is cut (to whole sentences where it can) until they fit.
 */
function fitted(paragraphs: Paragraph[], box: Box, sizes = BODY_SIZES) {
  let current = paragraphs;
  for (;;) {
    const size = sizes.find((s) => heightOf(current, s, box.w) <= box.h);
    if (size !== undefined) return { paragraphs: current, size, shortened: current !== paragraphs };
    const smallest = sizes[sizes.length - 1]!;
    const longest = current
      .filter((p) => p.shortenable && p.text.length > 40)
      .sort((a, b) => b.text.length - a.text.length)[0];
    if (!longest) return { paragraphs: current, size: smallest, shortened: current !== paragraphs };
    current = current.map((p) =>
      p === longest ? { ...p, text: excerpt(p.text, Math.floor(p.text.length * 0.85)) } : p,
    );
  }
}

function addParagraphs(slide: PptxGenJS.Slide, paragraphs: Paragraph[], box: Box, sizes = BODY_SIZES) {
  const fit = fitted(paragraphs, box, sizes);
  slide.addText(
    fit.paragraphs.map((p, i) => ({
      text: p.text,
      options: {
        bold: p.bold ?? false,
        italic: p.italic ?? false,
        color: p.muted ? MUTED : INK,
        breakLine: i < fit.paragraphs.length - 1,
        paraSpaceAfter: (p.gapAfter ?? 0) * fit.size * LINE_HEIGHT,
      },
    })),
    { ...box, fontFace: FONT, fontSize: fit.size, valign: 'top', margin: INSET * POINTS },
  );
}

/** A quote in double quotation marks, any quotation inside it in single ones (the British way). */
const quoted = (text: string) => `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;

/** A piece of evidence shown beside a chart: a quote or an impact claim, with where it comes from. */
export interface Voice {
  kind: 'quote' | 'claim';
  text: string;
  source: string;
}

interface Status {
  label: string;
  colour: string;
}

interface Common {
  title: string;
  /** What the speaker needs to hand: the supporting detail and the evidence behind the slide. */
  notes: string[];
}

const TITLE_MASTER = 'Title slide';
const CONTENT_MASTER = 'Content slide';

/**
 * Marks every run, paragraph end and default of the package British English for proofing:
 * PptxGenJS writes en-US wherever it is not told otherwise (notes, slide numbers, masters).
 */
async function inBritishEnglish(deck: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(deck);
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
    const xml = await zip.file(name)!.async('string');
    if (xml.includes('en-US'))
      zip.file(name, xml.replace(/ altLang="en-US"/g, '').replace(/lang="en-US"/g, 'lang="en-GB"'));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A deck in the house theme; `footer` names the Work Group or hub on every slide but the first;
 * `title` and `subject` are the file's own properties, as a file browser or search shows them.
 */
export function createDeck(meta: { title: string; subject: string; footer: string }) {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.subject = meta.subject;
  pptx.company = 'Work Group Evaluator';
  pptx.author = 'Work Group Evaluator';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const strip = (height: number) =>
    AREA_STRIP.map((colour, i) => ({
      rect: {
        x: (i * WIDTH) / AREA_STRIP.length,
        y: 0,
        w: WIDTH / AREA_STRIP.length,
        h: height,
        fill: { color: colour },
        line: { color: colour },
      },
    }));
  // The title's size is left to each slide (a placeholder's own settings would override it).
  const titlePlaceholder = (box: Box) => ({
    placeholder: {
      options: {
        name: 'title',
        type: 'title' as PptxGenJS.PLACEHOLDER_TYPE,
        ...box,
        fontFace: FONT,
        bold: true,
        color: INK,
        align: 'left' as const,
        valign: 'bottom' as const,
        margin: INSET * POINTS,
      },
      text: '',
    },
  });
  const TITLE_BOX = { x: MARGIN, y: 0.25, w: CONTENT_WIDTH, h: 1.3 };
  const COVER_TITLE_BOX = { x: MARGIN, y: 1.2, w: CONTENT_WIDTH, h: 2.3 };
  pptx.defineSlideMaster({
    title: TITLE_MASTER,
    background: { color: 'FFFFFF' },
    objects: [...strip(0.35), titlePlaceholder(COVER_TITLE_BOX)],
  });
  pptx.defineSlideMaster({
    title: CONTENT_MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      ...strip(0.14),
      titlePlaceholder(TITLE_BOX),
      {
        text: {
          text: meta.footer,
          options: { x: MARGIN, y: 6.98, w: 10, h: 0.4, fontFace: FONT, fontSize: FOOTER_SIZE, color: MUTED },
        },
      },
    ],
    slideNumber: { x: WIDTH - MARGIN - 1, y: 6.98, w: 1, h: 0.4, fontFace: FONT, fontSize: FOOTER_SIZE, color: MUTED },
  });

  const titled = (master: string, title: string, box: Box, notes: string[]) => {
    const slide = pptx.addSlide({ masterName: master });
    const { size } = fitted([{ text: title, bold: true }], box, TITLE_SIZES);
    slide.addText(title, { placeholder: 'title', fontSize: size });
    slide.addNotes(notes.join('\n'));
    return slide;
  };
  const content = (c: Common) => titled(CONTENT_MASTER, c.title, TITLE_BOX, c.notes);

  /** The line under a slide's title: what the slide is about, in a few words. */
  const standing = (slide: PptxGenJS.Slide, text: string) =>
    addParagraphs(slide, [{ text, muted: true }], { x: MARGIN, y: 1.55, w: CONTENT_WIDTH, h: 0.6 }, LINE_SIZES);

  return {
    titleSlide(c: Common & { subtitle: string; lines: string[] }) {
      const slide = titled(TITLE_MASTER, c.title, COVER_TITLE_BOX, c.notes);
      addParagraphs(
        slide,
        [{ text: c.subtitle, muted: true }],
        { x: MARGIN, y: 3.6, w: CONTENT_WIDTH, h: 0.9 },
        [32, 28, 24],
      );
      addParagraphs(
        slide,
        c.lines.map((text) => ({ text, shortenable: true, gapAfter: 0.3 })),
        { x: MARGIN, y: 4.6, w: CONTENT_WIDTH, h: 2.5 },
        LINE_SIZES,
      );
    },

    /** Big numbers in tiles (1,185 rather than 1185), with a line or two of what they add up to. */
    figuresSlide(c: Common & { figures: { value: number | string; label: string }[]; summary: string[] }) {
      const slide = content(c);
      const columns = 3;
      const gap = 0.3;
      const tileW = (CONTENT_WIDTH - gap * (columns - 1)) / columns;
      const tileH = 1.55;
      c.figures.forEach((tile, i) => {
        const x = MARGIN + (i % columns) * (tileW + gap);
        const y = CONTENT_TOP - 0.5 + Math.floor(i / columns) * (tileH + gap);
        slide.addShape(pptx.ShapeType.rect, {
          x,
          y,
          w: tileW,
          h: tileH,
          fill: { color: PANEL },
          line: { color: PANEL },
        });
        slide.addShape(pptx.ShapeType.rect, {
          x,
          y,
          w: 0.12,
          h: tileH,
          fill: { color: AREA_STRIP[i % AREA_STRIP.length]! },
          line: { color: AREA_STRIP[i % AREA_STRIP.length]! },
        });
        slide.addText(
          [
            {
              text: typeof tile.value === 'number' ? figure(tile.value) : tile.value,
              options: { fontSize: 48, bold: true, color: INK, breakLine: true },
            },
            { text: tile.label, options: { fontSize: 22, color: MUTED } },
          ],
          { x: x + 0.3, y, w: tileW - 0.4, h: tileH, fontFace: FONT, valign: 'middle', margin: INSET * POINTS },
        );
      });
      const rows = Math.ceil(c.figures.length / columns);
      const top = CONTENT_TOP - 0.5 + rows * (tileH + gap);
      addParagraphs(
        slide,
        c.summary.map((text) => ({ text, shortenable: true, gapAfter: 0.2 })),
        { x: MARGIN, y: top, w: CONTENT_WIDTH, h: CONTENT_BOTTOM - top },
        [26, 24, 22, 20],
      );
    },

    /**
     * A standard or an area: its chart, and beside it its status (in its colour and in words),
     * what the status rests on, and one or two voices from the evidence.
     */
    evidenceSlide(
      c: Common & {
        standing: string;
        status?: Status;
        accent: string;
        chart: { image: ChartImage; altText: string };
        voices: Voice[];
        /** Said in the panel when there is no quote or claim to show. */
        noVoices: string;
      },
    ) {
      const slide = content(c);
      slide.addImage({
        data: `image/png;base64,${c.chart.image.png.toString('base64')}`,
        ...CHART_BOX,
        altText: c.chart.altText,
      });
      const x = CHART_BOX.x + CHART_BOX.w + 0.3;
      const panel = { x, y: CHART_BOX.y, w: WIDTH - MARGIN - x, h: CHART_BOX.h };
      slide.addShape(pptx.ShapeType.rect, { ...panel, fill: { color: PANEL }, line: { color: PANEL } });
      slide.addShape(pptx.ShapeType.rect, {
        ...panel,
        w: 0.1,
        fill: { color: hex(c.accent) },
        line: { color: hex(c.accent) },
      });
      let top = panel.y + 0.1;
      if (c.status) {
        slide.addText(c.status.label, {
          shape: pptx.ShapeType.roundRect,
          rectRadius: 0.15,
          x: panel.x + 0.3,
          y: top + 0.1,
          w: 2.4,
          h: 0.55,
          fill: { color: hex(c.status.colour) },
          fontFace: FONT,
          fontSize: 22,
          bold: true,
          color: INK,
          align: 'center',
          valign: 'middle',
        });
        top += 0.75;
      }
      const box = { x: panel.x + 0.2, y: top, w: panel.w - 0.25, h: panel.y + panel.h - top };
      const withVoices = (voices: Voice[]): Paragraph[] => [
        { text: c.standing, bold: true, gapAfter: 0.5 },
        ...(voices.length === 0
          ? [{ text: c.noVoices, muted: true }]
          : voices.flatMap((v, i) => [
              { text: v.kind === 'quote' ? quoted(v.text) : v.text, italic: v.kind === 'quote', shortenable: true },
              // Codes such as TRG-2025-02 are not broken at their hyphens.
              { text: v.source.replace(/-/g, '\u2011'), muted: true, gapAfter: i < voices.length - 1 ? 0.5 : 0 },
            ])),
      ];
      // One whole voice says more than two cut short: the second goes when both do not fit.
      const voices =
        c.voices.length > 1 && fitted(withVoices(c.voices), box, LINE_SIZES).shortened
          ? c.voices.slice(0, 1)
          : c.voices;
      addParagraphs(slide, withVoices(voices), box, LINE_SIZES);
    },

    /** One focus child's year, start against end, in two columns. */
    storySlide(
      c: Common & {
        standing: string;
        before: { heading: string; text: string }[];
        after: { heading: string; text: string }[];
      },
    ) {
      const slide = content(c);
      standing(slide, c.standing);
      const columnW = (CONTENT_WIDTH - 0.4) / 2;
      [c.before, c.after].forEach((column, i) => {
        const box = { x: MARGIN + i * (columnW + 0.4), y: CONTENT_TOP, w: columnW, h: CONTENT_BOTTOM - CONTENT_TOP };
        slide.addShape(pptx.ShapeType.rect, { ...box, fill: { color: PANEL }, line: { color: PANEL } });
        addParagraphs(
          slide,
          // Each line of a part is shortened on its own, so a cut never takes a whole line (a case pupil's) away.
          column.flatMap((part, n) => {
            const lines = part.text.split('\n');
            return [
              { text: part.heading, bold: true },
              ...lines.map((text, i) => ({
                text,
                shortenable: true,
                gapAfter: i === lines.length - 1 && n < column.length - 1 ? 0.5 : 0,
              })),
            ];
          }),
          { ...box, x: box.x + 0.15, w: box.w - 0.3 },
        );
      });
    },

    /** A short list, such as the next steps. */
    listSlide(c: Common & { standing: string; items: string[]; empty: string }) {
      const slide = content(c);
      standing(slide, c.standing);
      const box = { x: MARGIN, y: CONTENT_TOP, w: CONTENT_WIDTH, h: CONTENT_BOTTOM - CONTENT_TOP };
      if (c.items.length === 0) {
        addParagraphs(slide, [{ text: c.empty, muted: true }], box);
        return;
      }
      const fit = fitted(
        c.items.map((text) => ({ text, shortenable: true, gapAfter: 0.4 })),
        { ...box, w: box.w - 0.5 },
      );
      slide.addText(
        fit.paragraphs.map((p, i) => ({
          text: p.text,
          options: {
            bullet: { indent: 30 },
            color: INK,
            breakLine: i < fit.paragraphs.length - 1,
            paraSpaceAfter: 0.4 * fit.size * LINE_HEIGHT,
          },
        })),
        { ...box, fontFace: FONT, fontSize: fit.size, valign: 'top', margin: INSET * POINTS },
      );
    },

    write: async () => inBritishEnglish((await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer),
  };
}

export type Deck = ReturnType<typeof createDeck>;
