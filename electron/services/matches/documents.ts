import type { EntityManager } from 'typeorm';
import type { FileDto } from '../../../shared/api/invoices';
import type { DocumentKind } from '../../../shared/api/matches';
import type { OrganisationDetails } from '../../../shared/domain/invoicing/organisation';
import { fillTemplate, type PlaceholderValues } from '../../../shared/domain/matches/placeholders';
import { DocumentTemplateEntity, MatchDocumentEntity, type MatchDocument } from '../../db/entities/Match';
import { openAttachment, storeAttachment } from '../attachments';
import { timestamp, currentDate } from '../clock';
import type { ServiceContext } from '../context';
import type { Desktop } from '../desktop';
import { claimVersion, fieldError, notFound } from '../errors';
import { loadOrganisation } from '../invoicing/organisation';
import type { DataPaths } from '../settings/system';
import { renderSignedDocument, type SigningParty } from './document-pdf';
import { placeholderValues } from './placeholder-values';
import { latestTemplate } from './templates';

/** Everything a document prints, kept when it is made so that it can be made again identically. */
interface DocumentSnapshot {
  placeholders: PlaceholderValues;
  parties: SigningParty[];
  organisation: OrganisationDetails;
  createdAt: string;
}

/** Makes the match's contract or huisregels from the newest template, with today's details. */
export async function generateDocument(
  ctx: ServiceContext,
  input: { matchId: number; kind: DocumentKind },
): Promise<{ id: number }> {
  const template = await latestTemplate(ctx.manager, input.kind);
  const { placeholders, parties } = await placeholderValues(ctx, input.matchId);
  const {
    createdAt: _c,
    updatedAt: _u,
    id: _i,
    version: _v,
    logoDataUrl: _l,
    ...organisation
  } = await loadOrganisation(ctx.manager);
  const now = timestamp(ctx.clock);
  const snapshot: DocumentSnapshot = { placeholders, parties, organisation, createdAt: now };
  const saved = await ctx.manager.save(MatchDocumentEntity, {
    matchId: input.matchId,
    templateId: template.id,
    values: JSON.stringify(snapshot),
    status: 'aangemaakt',
    signedDate: null,
    scanFileId: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  return { id: saved.id };
}

export async function documentPdf(ctx: ServiceContext, input: { id: number }): Promise<FileDto> {
  const document = await findDocument(ctx.manager, input.id);
  const { pdf, title } = await render(ctx.manager, document);
  return {
    fileName: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-koppeling-${document.matchId}.pdf`,
    content: pdf.toString('base64'),
  };
}

/**
 * Opens the system's print dialog for the document; a new document counts as printed once it went
 * to a printer. A cancelled dialog changes nothing.
 */
export async function printDocument(
  ctx: ServiceContext,
  input: { id: number; version: number },
  desktop: Desktop,
): Promise<{ id: number; printed: boolean }> {
  const document = await findDocument(ctx.manager, input.id);
  const { pdf, title } = await render(ctx.manager, document);
  if (!(await desktop.printPdf(pdf, title))) return { id: document.id, printed: false };
  await claimVersion(ctx, MatchDocumentEntity, document, input.version);
  if (document.status === 'aangemaakt') document.status = 'afgedrukt';
  await ctx.manager.save(MatchDocumentEntity, { ...document, updatedAt: timestamp(ctx.clock) });
  return { id: document.id, printed: true };
}

export async function markSigned(
  ctx: ServiceContext,
  input: { id: number; version: number; signedDate: string },
): Promise<{ id: number }> {
  const document = await findDocument(ctx.manager, input.id);
  await claimVersion(ctx, MatchDocumentEntity, document, input.version);
  if (input.signedDate > currentDate(ctx.clock)) throw fieldError('signedDate', 'Deze datum ligt in de toekomst.');
  await ctx.manager.save(MatchDocumentEntity, {
    ...document,
    status: 'ondertekend',
    signedDate: input.signedDate,
    updatedAt: timestamp(ctx.clock),
  });
  return { id: document.id };
}

/** Keeps the signed scan in the database; a new scan replaces the one before. */
export async function attachScan(
  ctx: ServiceContext,
  input: { id: number; version: number; fileName: string; content: string },
): Promise<{ id: number }> {
  const document = await findDocument(ctx.manager, input.id);
  await claimVersion(ctx, MatchDocumentEntity, document, input.version);
  const scanFileId = await storeAttachment(ctx, input, 'scan', document.scanFileId);
  await ctx.manager.save(MatchDocumentEntity, { ...document, scanFileId, updatedAt: timestamp(ctx.clock) });
  return { id: document.id };
}

export async function openScan(
  ctx: ServiceContext,
  input: { id: number },
  paths: DataPaths,
  desktop: Desktop,
): Promise<{ id: number }> {
  const document = await findDocument(ctx.manager, input.id);
  await openAttachment(ctx.manager, document.scanFileId, paths, desktop);
  return { id: document.id };
}

export async function documentAuditView(ctx: ServiceContext, id: number): Promise<object> {
  const document = await findDocument(ctx.manager, id);
  const template = await ctx.manager.findOneByOrFail(DocumentTemplateEntity, { id: document.templateId });
  return {
    kind: template.kind,
    templateVersion: template.templateVersion,
    status: document.status,
    signedDate: document.signedDate,
    scan: document.scanFileId ? 'bewaard' : null,
  };
}

async function render(manager: EntityManager, document: MatchDocument): Promise<{ pdf: Buffer; title: string }> {
  const template = await manager.findOneByOrFail(DocumentTemplateEntity, { id: document.templateId });
  const snapshot = JSON.parse(document.values) as DocumentSnapshot;
  const blocks = fillTemplate(template.body, snapshot.placeholders);
  // A template that opens with a heading names its own document ("Huisregels van Familie de Boer").
  const [first, ...rest] = blocks;
  const opensWithTitle = first?.kind === 'heading';
  const pdf = await renderSignedDocument({
    title: opensWithTitle ? first.text : template.title,
    blocks: opensWithTitle ? rest : blocks,
    parties: snapshot.parties,
    organisation: snapshot.organisation,
    logoDataUrl: (await loadOrganisation(manager)).logoDataUrl,
    createdAt: new Date(snapshot.createdAt),
  });
  return { pdf, title: template.title };
}

async function findDocument(manager: EntityManager, id: number): Promise<MatchDocument> {
  const document = await manager.findOneBy(MatchDocumentEntity, { id });
  if (!document) throw notFound('Dit document');
  return document;
}
