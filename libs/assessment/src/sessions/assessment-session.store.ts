import { isDuplicateKey } from '@app/common/sql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentSession } from '../entities/assessment-session.entity';


/** Every SQL statement on assessment_session. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class AssessmentSessionStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest year first. */
  all(): Promise<AssessmentSession[]> {
    return this.dataSource.getRepository(AssessmentSession).find({ order: { year: 'DESC', id: 'DESC' } });
  }

  byId(id: number, manager: EntityManager = this.dataSource.manager): Promise<AssessmentSession | null> {
    return manager.findOneBy(AssessmentSession, { id });
  }

  byCode(code: string): Promise<AssessmentSession | null> {
    return this.dataSource.getRepository(AssessmentSession).findOneBy({ code });
  }

  /** The row locked until the transaction ends, so concurrent changes to one session queue up. */
  lockedById(manager: EntityManager, id: number): Promise<AssessmentSession | null> {
    return manager.findOne(AssessmentSession, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The new session, or null when another session has its code. */
  async insert(manager: EntityManager, columns: Partial<AssessmentSession>): Promise<AssessmentSession | null> {
    const session = manager.create(AssessmentSession, { ...columns, version: 1 });
    return (await this.saveUnlessCodeTaken(manager, session)) ? session : null;
  }

  /** Writes the changed session (its version raised); false when another session has its code. */
  update(manager: EntityManager, session: AssessmentSession): Promise<boolean> {
    return this.saveUnlessCodeTaken(manager, session);
  }

  private async saveUnlessCodeTaken(manager: EntityManager, session: AssessmentSession): Promise<boolean> {
    try {
      await manager.save(session);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }
}
