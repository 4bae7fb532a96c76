import { Injectable } from '@nestjs/common';
import { checkDocuments, DocumentCheck, requiredDocuments } from '../documents';
import type { RecruitmentApplication } from '../entities/recruitment-application.entity';
import type { RecruitmentRound } from '../rounds';
import { ApplicationListRow, ApplicationView, toApplicationListRow, toApplicationView, ViewContext } from './application-view';
import { ApplicationStore } from './application.store';
import { RoundCatalogue } from './round-catalogue.service';

/** RC-3: what the round asks of this applicant, against what they uploaded. */
export function documentCheckOf(round: RecruitmentRound, row: Pick<RecruitmentApplication, 'applicantType' | 'facts'>, uploaded: readonly { kind: string }[]): DocumentCheck {
  const required = requiredDocuments(round.documents, { applicantType: row.applicantType, facts: row.facts, roundYear: round.year });
  return checkDocuments(required, uploaded.map((doc) => doc.kind as never));
}

/** Builds the views of applications: the row, its round, its documents and their check, names of organisations. */
@Injectable()
export class ApplicationViews {
  constructor(
    private readonly store: ApplicationStore,
    private readonly catalogue: RoundCatalogue,
  ) {}

  async view(row: RecruitmentApplication): Promise<ApplicationView> {
    const { round } = await this.catalogue.load(row.roundId);
    const documents = await this.store.documents(row.id);
    return toApplicationView(row, documents, documentCheckOf(round, row, documents), await this.context(round));
  }

  async listRows(rows: readonly RecruitmentApplication[]): Promise<ApplicationListRow[]> {
    const contexts = new Map<number, ViewContext>();
    const result: ApplicationListRow[] = [];
    for (const row of rows) {
      let context = contexts.get(row.roundId);
      if (!context) {
        context = await this.context((await this.catalogue.load(row.roundId)).round);
        contexts.set(row.roundId, context);
      }
      result.push(toApplicationListRow(row, context));
    }
    return result;
  }

  private async context(round: RecruitmentRound): Promise<ViewContext> {
    return { round: { code: round.code, name: round.name, jurisdiction: round.jurisdiction, reviewChain: round.reviewChain }, organisationName: await this.catalogue.organisationNames() };
  }
}
