import { formatBeijing } from '@app/common/time';
import { EligibilityException } from '../entities/eligibility-exception.entity';
import { ELIGIBILITY_RULE_TITLES, EligibilityRuleId } from '../rules/eligibility.rules';
import { Bilingual } from '../rules/subject';

/** FA-14: one exception the centre granted, as its list shows it. */
export interface EligibilityExceptionView {
  id: number;
  sessionId: number;
  traineeId: number;
  traineeName: string;
  idNumberMasked: string;
  baseId: number | null;
  baseName: string;
  rule: EligibilityRuleId;
  ruleTitle: Bilingual;
  reason: string;
  grantedBy: { userId: number; displayName: string | null };
  /** Beijing time, e.g. 2024-03-05T10:00:00+08:00 */
  grantedAt: string;
}

export interface EligibilityExceptionPage {
  items: EligibilityExceptionView[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ExceptionTrainee {
  name: string;
  idNumberMasked: string;
  baseId: number | null;
  baseName: string;
}

export function toExceptionView(exception: EligibilityException, trainee: ExceptionTrainee | undefined, grantedByName: string | undefined): EligibilityExceptionView {
  return {
    id: exception.id,
    sessionId: exception.sessionId,
    traineeId: exception.traineeId,
    traineeName: trainee?.name ?? '',
    idNumberMasked: trainee?.idNumberMasked ?? '',
    baseId: trainee?.baseId ?? null,
    baseName: trainee?.baseName ?? '',
    rule: exception.rule,
    ruleTitle: ELIGIBILITY_RULE_TITLES[exception.rule] ?? { zh: exception.rule, en: exception.rule },
    reason: exception.reason,
    grantedBy: { userId: exception.grantedBy, displayName: grantedByName ?? null },
    grantedAt: formatBeijing(new Date(exception.grantedAt)),
  };
}
