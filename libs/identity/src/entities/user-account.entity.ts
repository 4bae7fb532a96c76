import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../roles';

@Entity({ name: 'user_account' })
export class UserAccount {
  @PrimaryGeneratedColumn() id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 }) passwordHash: string;

  @Column({ type: 'enum', enum: ['CANDIDATE', 'BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN', 'CHECKER'] }) role: Role;

  @Column({ name: 'display_name', type: 'varchar', length: 100 }) displayName: string;

  /** The base, city or province the account works for; null for candidates. */
  @Column({ name: 'organisation_id', type: 'int', nullable: true }) organisationId: number | null;

  /** The trainee record a candidate account is linked to (one account per trainee). */
  @Index({ unique: true })
  @Column({ name: 'trainee_id', type: 'int', nullable: true })
  traineeId: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true }) phone: string | null;

  @Column({ type: 'boolean', default: true }) active: boolean;

  /** Set by a reset: the temporary password works only to choose a new one. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false }) mustChangePassword: boolean;

  /** Carried by every access token; raised when the account is disabled, its password or role changes. */
  @Column({ name: 'token_version', type: 'int', default: 0 }) tokenVersion: number;

  /** Wrong passwords in a row since the last successful login or lock. */
  @Column({ name: 'failed_login_count', type: 'int', default: 0 }) failedLoginCount: number;

  /** Every login is refused before this instant (lifted earlier by the centre). */
  @Column({ name: 'locked_until', type: 'datetime', precision: 3, nullable: true }) lockedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
}
