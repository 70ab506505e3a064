// Headings of spreadsheets and forms, compared as people mean them rather than as typed.

/** A heading reduced to lower-case words: "School  Name:" and "school_name" both become "school name". */
export function normaliseHeading(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
