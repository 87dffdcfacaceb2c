import type { Desktop } from '../desktop';
import type { AreaHandlers } from '../handler';
import type { DataPaths } from '../settings/system';
import { matchAgenda } from './agenda';
import { attachScan, documentPdf, generateDocument, markSigned, openScan, printDocument } from './documents';
import { changeMatchStatus, createMatch, getMatch, listMatches, recordEvaluation, updateMatch } from './matches';
import { halfYearReport } from './report';
import { matchStats } from './stats';
import { listTemplates, saveTemplate } from './templates';

export function matchHandlers(paths: DataPaths, desktop: Desktop) {
  return {
    'matches.list': { run: listMatches },
    'matches.get': { run: getMatch },
    'matches.create': { run: createMatch, audits: 'match' },
    'matches.update': { run: updateMatch, audits: 'match' },
    'matches.changeStatus': { run: changeMatchStatus, audits: 'match' },
    'matches.recordEvaluation': { run: recordEvaluation, audits: 'match' },
    'matches.agenda': { run: matchAgenda },
    'matches.stats': { run: matchStats },
    'matches.halfYearReport': { run: halfYearReport },
    'documents.generate': { run: generateDocument, audits: 'document' },
    'documents.pdf': { run: documentPdf },
    'documents.print': { run: (ctx, input) => printDocument(ctx, input, desktop), audits: 'document' },
    'documents.markSigned': { run: markSigned, audits: 'document' },
    'documents.attachScan': { run: (ctx, input) => attachScan(ctx, input), audits: 'document' },
    'documents.openScan': { run: (ctx, input) => openScan(ctx, input, paths, desktop) },
    'templates.list': { run: listTemplates },
    'templates.save': { run: saveTemplate, audits: 'template' },
  } satisfies AreaHandlers<'matches.' | 'documents.' | 'templates.'>;
}
