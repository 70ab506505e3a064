import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

/** A slide's words and its speaker notes' words, read from the deck's own XML: the first slide whose words pass `which`. */
export async function slideWithNotes(path: string, which: (words: string) => boolean) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = (xml: string) => (xml.match(/<a:t>[^<]*<\/a:t>/g) ?? []).map((t) => t.slice(5, -6)).join(' ');
  for (const file of zip.file(/^ppt\/slides\/slide\d+\.xml$/)) {
    const words = text(await file.async('string'));
    if (!which(words)) continue;
    const rels = await zip.file(file.name.replace('slides/', 'slides/_rels/') + '.rels')!.async('string');
    const notesFile = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)![1];
    return { words, notes: text(await zip.file(`ppt/notesSlides/${notesFile}`)!.async('string')) };
  }
  return { words: '', notes: '' };
}
