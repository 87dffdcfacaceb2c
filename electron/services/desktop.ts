/**
 * What the services may ask of the desktop: the operating system's print dialog, its viewer and its
 * keychain. Main wires Electron in; the bridge and the tests pass a stand-in that records the requests.
 */
export interface Desktop {
  /** True once the document went to a printer; false when the user cancelled the print dialog. */
  printPdf(pdf: Buffer, title: string): Promise<boolean>;
  openFile(file: string): Promise<void>;
  /** Null where the operating system offers no keychain: then no password is remembered. */
  keychain: Keychain | null;
}

/** Encryption with a key the operating system keeps for this user (Electron's safeStorage). */
export interface Keychain {
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}
