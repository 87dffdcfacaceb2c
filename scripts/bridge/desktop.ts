import type { Desktop } from '../../electron/services/desktop';

/** The desktop for the bridge and the tests: no dialogs or viewers, only a record of what was asked. */
export function recordingDesktop(): Desktop & { printed: string[]; opened: string[] } {
  const printed: string[] = [];
  const opened: string[] = [];
  return {
    printed,
    opened,
    printPdf(_pdf, title) {
      printed.push(title);
      return Promise.resolve();
    },
    openFile(file) {
      opened.push(file);
      return Promise.resolve();
    },
  };
}
