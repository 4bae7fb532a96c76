import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { reencodeWithoutMetadata } from '@app/common/photo';
import { FileStorage } from '@app/common/storage';
import { Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RecruitmentAccess } from '../access/recruitment-access.service';
import { canSeeApplication } from '../access/recruitment-access';
import { DOCUMENT_KINDS, DocumentKind } from '../documents';
import { isApplicationEditable } from '../review';
import { ApplicationView } from './application-view';
import { reviewStateOf } from './application.rules';
import { ApplicationService } from './application.service';
import { ApplicationStore } from './application.store';
import { RoundCatalogue } from './round-catalogue.service';

/** Decoding stops beyond this many pixels: a 300 KB file can claim a frame of gigapixels (a decompression bomb). */
const DOCUMENT_MAX_PIXELS = 25_000_000;

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** What the first bytes say a file is: the content decides, never the name. */
export function sniffImage(content: Buffer): 'jpeg' | 'png' | 'gif' | 'webp' | 'pdf' | 'unknown' {
  if (content.length >= 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'jpeg';
  if (content.length >= 4 && content.readUInt32BE(0) === 0x89504e47) return 'png';
  if (content.subarray(0, 4).toString('latin1') === 'GIF8') return 'gif';
  if (content.subarray(0, 4).toString('latin1') === 'RIFF' && content.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp';
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  return 'unknown';
}

/**
 * RC-3: one JPEG per document kind, judged on what was sent (type by content, the round's size limit, a complete
 * decodable image), then stored re-encoded without its metadata (GPS position, camera) and upright. Bad input is
 * refused before anything is written. A document is served only to its applicant and to reviewers in scope.
 */
@Injectable()
export class ApplicationDocuments {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: ApplicationStore,
    private readonly applications: ApplicationService,
    private readonly catalogue: RoundCatalogue,
    private readonly access: RecruitmentAccess,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async upload(actor: Actor, applicationId: number, kind: string, content: Buffer): Promise<ApplicationView> {
    if (!isDocumentKind(kind)) throw new DomainError('DOCUMENT_KIND_INVALID', { kind, allowed: DOCUMENT_KINDS });
    const applicant = await this.applications.applicantOf(actor);
    const row = await this.store.byId(applicationId);
    if (!row || row.accountId !== applicant.accountId) throw new DomainError('APPLICATION_NOT_FOUND');
    if (!isApplicationEditable(reviewStateOf(row))) throw new DomainError('APPLICATION_NOT_EDITABLE', { status: row.status });
    const { round } = await this.catalogue.load(row.roundId);
    const maxBytes = round.documents.maxBytes;
    if (content.length === 0) throw new DomainError('FILE_EMPTY');
    if (content.length > maxBytes) throw new DomainError('DOCUMENT_TOO_LARGE', { bytes: content.length, maxBytes });
    const detected = sniffImage(content);
    if (detected !== 'jpeg' || !round.documents.formats.includes('JPEG')) throw new DomainError('DOCUMENT_NOT_JPEG', { detected, expected: 'jpeg' });
    let clean: Awaited<ReturnType<typeof reencodeWithoutMetadata>>;
    try {
      clean = await reencodeWithoutMetadata(content, { maxPixels: DOCUMENT_MAX_PIXELS });
    } catch (error) {
      if (error instanceof DomainError) throw new DomainError('DOCUMENT_CORRUPT', { reason: 'decode' });
      throw error;
    }
    const key = `recruitment/${row.id}/${kind}-${clean.sha256}.jpg`;
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.store.lockedById(manager, row.id);
      if (!locked || !isApplicationEditable(reviewStateOf(locked))) throw new DomainError('APPLICATION_NOT_EDITABLE', { status: locked?.status });
      // Written before the row points at it; a stored file no row names is harmless, a row naming no file is not.
      await this.storage.put(key, clean.content);
      await this.store.upsertDocument(manager, { applicationId: row.id, kind, storageKey: key, sha256: clean.sha256, bytes: clean.bytes, uploadedAt: now });
      if (!(await this.store.updateIfVersion(manager, row.id, locked.version, {}))) throw new DomainError('APPLICATION_CHANGED');
      await this.audit.record(manager, actor, {
        action: 'RECRUITMENT_DOCUMENT_UPLOADED',
        entityType: 'recruitment_application',
        entityId: row.id,
        scopeBaseId: row.choice1BaseId,
        after: { kind, sha256: clean.sha256, bytes: clean.bytes, uploadedBytes: content.length, width: clean.width, height: clean.height },
      });
    });
    return this.applications.get(actor, row.id);
  }

  /** The stored JPEG: the applicant's own, or a reviewer's in scope (never a draft, never another jurisdiction's). */
  async download(actor: Actor, applicationId: number, kind: string): Promise<Buffer> {
    if (!isDocumentKind(kind)) throw new DomainError('DOCUMENT_KIND_INVALID', { kind, allowed: DOCUMENT_KINDS });
    const row = await this.store.byId(applicationId);
    if (!row) throw new DomainError('APPLICATION_NOT_FOUND');
    const standing = await this.access.standing(actor);
    if (standing?.kind === 'APPLICANT') {
      if (row.accountId !== standing.accountId) throw new DomainError('APPLICATION_NOT_FOUND');
    } else {
      const { round } = await this.catalogue.load(row.roundId);
      if (row.status === 'DRAFT' || !canSeeApplication(standing, await this.catalogue.scoped(row, round.jurisdiction))) throw new DomainError('FORBIDDEN_SCOPE');
    }
    const document = await this.store.document(row.id, kind);
    if (!document) throw new DomainError('DOCUMENT_NOT_FOUND');
    return this.storage.get(document.storageKey);
  }
}
