import type { Desktop } from '../../electron/services/desktop';

/**
 * Development and tests only: "encrypts" by reversing the bytes, so a test can see that the saved
 * file does not hold the password as typed. The app itself uses the operating system's keychain.
 */
const reversibleKeychain = {
  encrypt: (text: string) => Buffer.from(text, 'utf8').reverse(),
  decrypt: (data: Buffer) => Buffer.from(data).reverse().toString('utf8'),
};

/** The desktop for the bridge and the tests: no dialogs or viewers, only a record of what was asked. */
export function recordingDesktop(): Desktop & { printed: string[]; opened: string[] } {
  const printed: string[] = [];
  const opened: string[] = [];
  return {
    printed,
    opened,
    printPdf(_pdf, title) {
      printed.push(title);
      return Promise.resolve(true);
    },
    openFile(file) {
      opened.push(file);
      return Promise.resolve();
    },
    keychain: reversibleKeychain,
  };
}
