/**
 * Hands a file to the user: the browser's download, which Electron turns into the system's
 * "Opslaan als" dialog. Nothing leaves the computer; the file goes only where the user saves it.
 */
export function saveFile(fileName: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A PDF from the main process, which sends it as base64. */
export function savePdf(file: { fileName: string; content: string }): void {
  const bytes = Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0));
  saveFile(file.fileName, [bytes], 'application/pdf');
}

export function saveXml(file: { fileName: string; content: string }): void {
  saveFile(file.fileName, [file.content], 'application/xml');
}

/** A file the user picked as a `data:` URL (a logo shown in the page). */
export function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // readAsDataURL always answers a string.
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/** A file the user picked, as the main process takes it: its name and its bytes in base64. */
export async function readAttachment(file: File): Promise<{ fileName: string; content: string }> {
  const url = await readDataUrl(file);
  return { fileName: file.name, content: url.split(',')[1] ?? '' };
}
