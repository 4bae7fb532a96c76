import { Subject } from '@app/assessment/rules/subject';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An issued ticket number (TK-3): unique, and never changed once issued; the revision counts reprints. */
@Entity({ name: 'admit_ticket' })
@Index('uq_ticket_signup_subject', ['signupId', 'subject'], { unique: true })
export class AdmitTicket {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'signup_id', type: 'int' }) signupId: number;
  @Column({ type: 'enum', enum: ['THEORY', 'SKILLS'] }) subject: Subject;
  @Index({ unique: true })
  @Column({ name: 'ticket_number', type: 'char', length: 12 })
  ticketNumber: string;
  @Column({ name: 'site_code', type: 'char', length: 2 }) siteCode: string;
  @Column({ type: 'int' }) sequence: number;
  @Column({ type: 'int', default: 1 }) revision: number;
  @Column({ type: 'enum', enum: ['ISSUED', 'WITHDRAWN'], default: 'ISSUED' }) status: 'ISSUED' | 'WITHDRAWN';
  @Column({ name: 'issued_at', type: 'datetime', precision: 3 }) issuedAt: Date;
  @Column({ name: 'pdf_key', type: 'varchar', length: 160, nullable: true }) pdfKey: string | null;
  @Column({ name: 'pdf_sha256', type: 'char', length: 64, nullable: true }) pdfSha256: string | null;
  /** The revision the stored PDF shows; behind `revision` means the PDF must be made again. */
  @Column({ name: 'rendered_revision', type: 'int', nullable: true }) renderedRevision: number | null;
  @Column({ name: 'render_error', type: 'varchar', length: 300, nullable: true }) renderError: string | null;
}
