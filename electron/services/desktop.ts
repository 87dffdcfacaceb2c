/**
 * What the services may ask of the desktop: the operating system's print dialog and its viewer.
 * Main wires Electron in; the bridge and the tests pass a stand-in that records the requests.
 */
export interface Desktop {
  printPdf(pdf: Buffer, title: string): Promise<void>;
  openFile(file: string): Promise<void>;
}
