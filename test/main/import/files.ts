import ExcelJS from 'exceljs';

// Awkward, real-shaped spreadsheets, built in code: messy headings, synonyms, stray spaces,
// British dates as text, repeated rows, merged headings, and files that are not spreadsheets.

export type Cell = string | number | Date | null;

export async function xlsx(sheets: { name: string; rows: Cell[][]; merges?: string[] }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name);
    for (const row of s.rows) sheet.addRow(row);
    for (const range of s.merges ?? []) sheet.mergeCells(range);
    sheet.getColumn(1).eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const quote = (v: Cell) => {
  const text = v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csv = (rows: Cell[][], bom = true) =>
  Buffer.from(`${bom ? '\uFEFF' : ''}${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`, 'utf8');

export const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** What an Office file protected by a password looks like from outside: an OLE container with EncryptionInfo. */
export function encryptedLookalike(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(1024);
  Buffer.from('EncryptionInfo', 'utf16le').copy(body, 512);
  Buffer.from('EncryptedPackage', 'utf16le').copy(body, 640);
  return Buffer.concat([header, body]);
}

/** An old binary .xls: the same OLE container, without the encryption streams. */
export function legacyXls(): Buffer {
  return Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
}

/** Thirty messy rows of schools: odd spacing and case, synonyms for headings, repeats, blank lines. */
export function thirtyMessySchools(): Cell[][] {
  const rows: Cell[][] = [
    ['  School   Name ', 'Unique Reference Number', 'Phase of education', 'Head teacher', 'Job title'],
  ];
  for (let i = 1; i <= 27; i++) {
    const urn = String(100000 + i * 37);
    const name = `${i % 3 === 0 ? '  ' : ''}Meadowbank ${i % 2 ? 'Primary' : 'Academy'}  School ${i}${i % 4 === 0 ? '  ' : ''}`;
    rows.push([
      name,
      i % 5 === 0 ? ` ${urn} ` : urn,
      i % 2 ? 'primary' : ' Secondary ',
      `Ms Leader ${i}`,
      i % 3 ? 'Headteacher' : 'Deputy head',
    ]);
    if (i === 10) rows.push([null, null, null, null, null]);
  }
  // Two repeats of earlier rows, one with different spacing and case.
  rows.push(rows[1]!.slice());
  rows.push(['MEADOWBANK ACADEMY SCHOOL 2', String(100000 + 2 * 37), 'Secondary', 'Ms Leader 2', 'Headteacher']);
  return rows;
}
