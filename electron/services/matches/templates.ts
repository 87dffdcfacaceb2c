import type { EntityManager } from 'typeorm';
import { STALE_MESSAGE } from '../../../shared/api/errors';
import type { DocumentKind, TemplateDto, TemplateSave } from '../../../shared/api/matches';
import { unknownPlaceholders } from '../../../shared/domain/matches/placeholders';
import { DocumentTemplateEntity, type DocumentTemplate } from '../../db/entities/Match';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { DomainError, fieldError } from '../errors';

/** Every version of both templates, newest first. */
export async function listTemplates({ manager }: ServiceContext): Promise<TemplateDto[]> {
  return manager.find(DocumentTemplateEntity, { order: { kind: 'ASC', templateVersion: 'DESC' } });
}

export async function latestTemplate(manager: EntityManager, kind: DocumentKind): Promise<DocumentTemplate> {
  const [latest] = await manager.find(DocumentTemplateEntity, {
    where: { kind },
    order: { templateVersion: 'DESC' },
    take: 1,
  });
  return latest;
}

/** Saving makes a new version; documents made earlier keep theirs. Unknown placeholders are refused. */
export async function saveTemplate(ctx: ServiceContext, input: TemplateSave): Promise<TemplateDto> {
  const unknown = unknownPlaceholders(input.body);
  if (unknown.length > 0) {
    const names = unknown.map((name) => `{{${name}}}`).join(', ');
    throw fieldError(
      'body',
      `${unknown.length === 1 ? 'Deze plaatsaanduiding kent de app niet' : 'Deze plaatsaanduidingen kent de app niet'}: ${names}. Kies uit de lijst naast de tekst.`,
    );
  }
  const latest = await latestTemplate(ctx.manager, input.kind);
  if ((latest?.templateVersion ?? 0) !== input.version) throw new DomainError('STALE', STALE_MESSAGE);
  return ctx.manager.save(DocumentTemplateEntity, {
    kind: input.kind,
    templateVersion: (latest?.templateVersion ?? 0) + 1,
    title: input.title,
    body: input.body,
    createdAt: timestamp(ctx.clock),
    actor: ctx.actor,
  });
}

export async function templateAuditView(ctx: ServiceContext, id: number): Promise<object> {
  const { body, ...template } = await ctx.manager.findOneByOrFail(DocumentTemplateEntity, { id });
  return { ...template, length: `${body.length} tekens` };
}
