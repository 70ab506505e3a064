import JSZip from 'jszip';
import type { ScanText } from '../../src-shared/privacy/scan';

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The text of a produced Word document, paragraph by paragraph, each labelled with the heading it
 * sits under: exactly what would leave the app, for the personal-data check.
 */
export async function documentText(docx: Buffer): Promise<ScanText[]> {
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const texts: ScanText[] = [];
  let where = 'Title page';
  for (const paragraph of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const text = decode(
      (paragraph.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
    );
    if (!text.trim()) continue;
    if (/<w:pStyle w:val="Heading[12]"\/>/.test(paragraph)) where = text;
    else texts.push({ where, text });
  }
  return texts;
}
