import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OrganisationKind = 'PROVINCE' | 'CITY' | 'BASE';

/** Province → city (设区市卫健委 / 平潭社会事业局) → base hospital. Scopes are read from this tree. */
@Entity({ name: 'organisation' })
export class Organisation {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'enum', enum: ['PROVINCE', 'CITY', 'BASE'] }) kind: OrganisationKind;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'parent_id', type: 'int', nullable: true }) parentId: number | null;

  /** The city a base belongs to (null above base level): a denormalised copy for scope filters. */
  @Column({ name: 'city_id', type: 'int', nullable: true }) cityId: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
}
