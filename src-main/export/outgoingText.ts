import JSZip from 'jszip';
import type { ScanText } from '../../src-shared/privacy/scan';

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of one paragraph: its runs (`<w:t>` in Word, `<a:t>` in PowerPoint) joined. */
const runs = (paragraph: string, tag: 'w:t' | 'a:t') =>
  decode(
    (paragraph.match(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g')) ?? [])
      .map((t) => t.replace(/<[^>]+>/g, ''))
      .join(''),
  );

/**
 * The text of a produced Word document, PowerPoint deck or Excel workbook, piece by piece, each
 * labelled with where it sits (the heading it is under, the slide, the sheet and cell): exactly
 * what would leave the app, for the personal-data check.
 */
export async function documentText(file: Buffer): Promise<ScanText[]> {
  const zip = await JSZip.loadAsync(file);
  if (zip.file('xl/workbook.xml')) return workbookText(zip);
  return zip.file('ppt/presentation.xml') ? slidesText(zip) : wordText(zip);
}

/** The text inside each `<t>` of a string (rich text has several runs). */
const textOf = (xml: string) =>
  decode((xml.match(/<t(?: [^>]*)?>[^<]*<\/t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''));

/** Every text cell of every sheet, under "Evidence log, cell P12". */
async function workbookText(zip: JSZip): Promise<ScanText[]> {
  const shared = ((await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '').match(/<si>[\s\S]*?<\/si>/g) ?? [];
  const book = (await zip.file('xl/workbook.xml')!.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const texts: ScanText[] = [];
  for (const [sheet] of book.matchAll(/<sheet [^>]*\/>/g)) {
    const name = decode(/ name="([^"]*)"/.exec(sheet)?.[1] ?? '');
    const relation = / r:id="([^"]*)"/.exec(sheet)?.[1];
    const target = new RegExp(`<Relationship [^>]*Id="${relation}"[^>]*>`).exec(rels)?.[0];
    const path = target && /Target="\/?(?:xl\/)?([^"]+)"/.exec(target)?.[1];
    const xml = (path && (await zip.file(`xl/${path}`)?.async('string'))) || '';
    for (const [, attributes, body] of xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = / t="([^"]*)"/.exec(attributes!)?.[1];
      const value = /<v>([^<]*)<\/v>/.exec(body ?? '')?.[1];
      const text =
        type === 's'
          ? textOf(shared[Number(value)] ?? '')
          : type === 'inlineStr'
            ? textOf(body ?? '')
            : type === 'str'
              ? decode(value ?? '')
              : '';
      if (text.trim())
        texts.push({ where: `${name}, cell ${/(?:^| )r="([^"]*)"/.exec(attributes!)?.[1] ?? ''}`, text });
    }
  }
  return texts;
}

async function wordText(zip: JSZip): Promise<ScanText[]> {
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const texts: ScanText[] = [];
  let where = 'Title page';
  for (const paragraph of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const text = runs(paragraph, 'w:t');
    if (!text.trim()) continue;
    if (/<w:pStyle w:val="Heading[12]"\/>/.test(paragraph)) where = text;
    else texts.push({ where, text });
  }
  return texts;
}

const paragraphsOf = (xml: string) =>
  (xml.match(/<a:p[ >][\s\S]*?<\/a:p>/g) ?? []).map((p) => runs(p, 'a:t')).filter((t) => t.trim());

/** Each slide's text, its pictures' descriptions and its speaker notes, under "Slide 3: its title". */
async function slidesText(zip: JSZip): Promise<ScanText[]> {
  const number = (path: string) => Number(/(\d+)\.xml$/.exec(path)?.[1]);
  const slides = zip.file(/^ppt\/slides\/slide\d+\.xml$/).sort((a, b) => number(a.name) - number(b.name));
  const texts: ScanText[] = [];
  for (const slide of slides) {
    const xml = await slide.async('string');
    const shapes = xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? [];
    const title = shapes.find((s) => /<p:ph[^>]*type="title"/.test(s));
    const where = `Slide ${number(slide.name)}${title ? `: ${paragraphsOf(title).join(' ')}` : ''}`;
    for (const text of shapes.flatMap(paragraphsOf)) texts.push({ where, text });
    for (const [, description] of xml.matchAll(/<p:cNvPr [^>]*descr="([^"]*)"/g)) {
      texts.push({ where: `${where} (picture description)`, text: decode(description!) });
    }
    const rels =
      (await zip.file(slide.name.replace(/slide(\d+)\.xml$/, '_rels/slide$1.xml.rels'))?.async('string')) ?? '';
    const notesPath = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const notes = notesPath ? await zip.file(`ppt/notesSlides/${notesPath}`)?.async('string') : undefined;
    const body = notes?.match(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="body"[\s\S]*?<\/p:sp>/)?.[0] ?? '';
    for (const text of paragraphsOf(body).flatMap((p) => p.split('\n'))) {
      if (text.trim()) texts.push({ where: `${where} (speaker notes)`, text });
    }
  }
  return texts;
}
