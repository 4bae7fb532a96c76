import type { Bilingual } from '@app/assessment/rules';

/**
 * The authority that runs a recruitment round (SPEC Part D, Jurisdictions): a provincial centre, a municipal
 * commission or a city commission. Its administrator sees only its own rounds; bans (RC-8) and "in training
 * anywhere" (RC-2) are looked up across all of them by ID number.
 */
export type Jurisdiction = 'FUJIAN' | 'CHONGQING' | 'XIAOGAN';

export const JURISDICTIONS: readonly Jurisdiction[] = ['FUJIAN', 'CHONGQING', 'XIAOGAN'];

export type JurisdictionLevel = 'PROVINCE' | 'MUNICIPALITY' | 'CITY';

export interface JurisdictionInfo {
  level: JurisdictionLevel;
  name: Bilingual;
  /** Who runs the round, as the notices name it. */
  authority: Bilingual;
  /**
   * The leading digits of the GB/T 2260 administrative codes inside the jurisdiction (35 Fujian, 50 Chongqing,
   * 4209 Xiaogan), so "a primary-care facility of our province" is a prefix test on the facility's region code.
   */
  regionCodePrefix: string;
  /**
   * Where its bases sit in the organisation tree: the province-level organisation, and the city of the plan's
   * bases when the plan names none (Chongqing has no city level: its districts and counties are one city node).
   */
  tree: { province: string; cityOfPlanRows: string | null };
  /**
   * The organisation whose staff administer its rounds: the province-level centre (a CENTRE_ADMIN there), or the
   * city commission (a CITY_REVIEWER there) where a city runs the round.
   */
  authorityOrganisation: string;
}

export const JURISDICTION_INFO: Readonly<Record<Jurisdiction, JurisdictionInfo>> = {
  FUJIAN: {
    level: 'PROVINCE',
    name: { zh: '福建省', en: 'Fujian province' },
    authority: { zh: '福建省卫生健康委员会（委托福建省全科医学培训中心）', en: 'Fujian Health Commission, through the provincial GP training centre' },
    regionCodePrefix: '35',
    tree: { province: '福建省', cityOfPlanRows: null },
    authorityOrganisation: '福建省',
  },
  CHONGQING: {
    level: 'MUNICIPALITY',
    name: { zh: '重庆市', en: 'Chongqing municipality' },
    authority: { zh: '重庆市卫生健康委员会', en: 'Chongqing Health Commission' },
    regionCodePrefix: '50',
    tree: { province: '重庆市', cityOfPlanRows: '重庆市区县' },
    authorityOrganisation: '重庆市',
  },
  XIAOGAN: {
    level: 'CITY',
    name: { zh: '湖北省孝感市', en: 'Xiaogan city, Hubei' },
    authority: { zh: '孝感市卫生健康委员会', en: 'Xiaogan Health Commission' },
    regionCodePrefix: '4209',
    tree: { province: '湖北省', cityOfPlanRows: '孝感市' },
    authorityOrganisation: '孝感市',
  },
};

export function isJurisdiction(value: unknown): value is Jurisdiction {
  return typeof value === 'string' && (JURISDICTIONS as readonly string[]).includes(value);
}

/** What a ban, a verdict or a report needs to know of a round without depending on its whole configuration. */
export interface RoundReference {
  code: string;
  year: number;
  jurisdiction: Jurisdiction;
}
