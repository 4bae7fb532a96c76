import { Injectable } from '@nestjs/common';

/** SC-5: at a session's rotation cutoff, cancel the results of those who had not finished rotation. */
@Injectable()
export class RotationDeadlineService {
  applyDue(): Promise<{ sessions: number; cancelled: number }> {
    return Promise.reject(new Error('RotationDeadlineService.applyDue is being written'));
  }
}
