import { Injectable } from '@nestjs/common';

@Injectable()
export class ScoreImportService {
  runPreview(importId: number): Promise<void> {
    return Promise.reject(new Error(`preview of ${importId} is being written`));
  }

  runCommit(importId: number): Promise<void> {
    return Promise.reject(new Error(`commit of ${importId} is being written`));
  }
}
