/**
 * The trainee table as SQL, for the few statements of other libraries that must join it: lists filtered,
 * ordered or paged by a trainee's base or rotation over a whole province, rows matched by ID hash in bulk,
 * and rules that lock a trainee's facts together with the rows they change. What a screen shows of a
 * trainee comes from TraineeSummaries; the column names stay training's.
 */
export interface TraineeSql {
  /** `trainee <alias>`, for FROM and JOIN */
  readonly table: string;
  readonly id: string;
  readonly name: string;
  readonly idHash: string;
  readonly idMasked: string;
  readonly baseId: string;
  readonly cityId: string;
  readonly rotationEndDate: string;
  /** 1 or 0 */
  readonly processAssessmentPassed: string;
  /** 1 or 0; FA-6: set when the centre approved a sign-up with the photo */
  readonly photoLocked: string;
  /** a condition: a photo is stored */
  readonly hasPhoto: string;
}

const ALIAS = /^[a-z_][a-z0-9_]*$/i;

export function traineeSql(alias: string): TraineeSql {
  if (!ALIAS.test(alias)) throw new RangeError(`not an SQL alias: ${alias}`);
  return {
    table: `trainee ${alias}`,
    id: `${alias}.id`,
    name: `${alias}.name`,
    idHash: `${alias}.id_hash`,
    idMasked: `${alias}.id_masked`,
    baseId: `${alias}.base_id`,
    cityId: `${alias}.city_id`,
    rotationEndDate: `${alias}.rotation_end_date`,
    processAssessmentPassed: `${alias}.process_assessment_passed`,
    photoLocked: `${alias}.photo_locked`,
    hasPhoto: `(${alias}.photo_key IS NOT NULL)`,
  };
}
