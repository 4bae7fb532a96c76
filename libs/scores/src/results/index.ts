import { AttemptChangesService } from './attempt-changes.service';
import { CandidateResultsService } from './candidate-results.service';
import { ResultListService } from './result-list.service';
import { ResultPublicationService } from './result-publication.service';
import { SkillsEntryService } from './skills-entry.service';

export const RESULTS_PROVIDERS = [ResultPublicationService, CandidateResultsService, SkillsEntryService, AttemptChangesService, ResultListService];
export * from './attempt-changes.service';
export * from './attempt-view';
export * from './candidate-results.service';
export * from './result-list.service';
export * from './result-publication.service';
export * from './results.rules';
export * from './skills-entry.service';
// Score imports commit under the same session lock as entry, so neither lands after a publication.
export { lockSession } from './results-store';
