import { ApiFailure } from '../../src-shared/api/client';

/** Hands a file to the browser to save: the Downloads folder in a browser, a save dialog in the desktop app. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the file before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function base64ToBlob(dataBase64: string, mimeType: string): Blob {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}

/** A file the user chose, as base64, for the contract's methods that take a whole file. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () =>
      reject(
        new ApiFailure({ code: 'invalid_input', message: 'The file could not be read. Choose it again.', fields: [] }),
      );
    reader.readAsDataURL(file);
  });
}

/** "Attendance by meeting" -> "attendance-by-meeting", for file names. */
export const fileSlug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
