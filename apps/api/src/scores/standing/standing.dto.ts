import { RETRAINING_STATES, ROTATION_DEADLINE_STATUSES, RotationDeadlineStatus } from '@app/scores';
import type { RetrainingState } from '@app/scores/rules';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { PagingQuery } from '../../http/paging.dto';

/** Query strings carry "true"/"false"; anything else stays as given and fails validation. */
const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class BaseFilterQuery {
  @ApiPropertyOptional({ description: 'one base: the centre any, a city reviewer one of its city, a base reviewer only its own' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  baseId?: number;
}

export class CertificateEligibilityFilter extends BaseFilterQuery {
  @ApiPropertyOptional({ description: 'true: who may apply; false: everyone else, with the reasons' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  eligible?: boolean;
}

export class CertificateEligibilityQuery extends IntersectionType(PagingQuery, CertificateEligibilityFilter) {}

export class RetrainingQuery extends IntersectionType(PagingQuery, BaseFilterQuery) {
  @ApiPropertyOptional({ enum: RETRAINING_STATES, description: 'omitted: every state but CERTIFICATE_READY' })
  @IsOptional()
  @IsIn(RETRAINING_STATES)
  state?: RetrainingState;
}

export class RotationDeadlineQuery extends IntersectionType(PagingQuery, BaseFilterQuery) {
  @ApiPropertyOptional({ enum: ROTATION_DEADLINE_STATUSES, description: 'before the cutoff: AT_RISK / ON_TRACK; after it: CANCELLED / KEPT' })
  @IsOptional()
  @IsIn(ROTATION_DEADLINE_STATUSES)
  status?: RotationDeadlineStatus;
}
