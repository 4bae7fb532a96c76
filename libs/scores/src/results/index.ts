import { AttemptChangesService } from './attempt-changes.service';
import { CandidateResultsService } from './candidate-results.service';
import { ResultListService } from './result-list.service';
import { PublicationStore } from './publication.store';
import { ResultPublicationService } from './result-publication.service';
import { ResultStore } from './result.store';
import { SkillsEntryService } from './skills-entry.service';

export const RESULTS_PROVIDERS = [ResultPublicationService, CandidateResultsService, SkillsEntryService, AttemptChangesService, ResultListService];
/** Provided, not exported: other modules go through the services. */
export const RESULTS_STORES = [ResultStore, PublicationStore];
export * from './attempt-changes.service';
export * from './attempt-view';
export * from './candidate-results.service';
export * from './result-list.service';
export * from './result-publication.service';
export * from './results.rules';
export * from './skills-entry.service';
