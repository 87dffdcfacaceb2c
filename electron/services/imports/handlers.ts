import type { AreaHandlers } from '../handler';
import { commitImport, previewImport } from './imports';

export const importHandlers = {
  'imports.preview': { run: previewImport },
  'imports.commit': { run: commitImport, audits: 'import' },
} satisfies AreaHandlers<'imports.'>;
