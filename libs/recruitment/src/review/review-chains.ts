import { ReviewChain } from './review.types';

/** RC-5 as the notices set it, keyed by the policy id of the rounds that use them. */

/** 单位人: 设区市卫健委初审, then 省全科中心复核; 社会人: 省全科中心审核 (闽卫科教函〔2025〕551号 三（二）). */
export const FUJIAN_REVIEW_CHAIN: ReviewChain = {
  beforeAdmission: { EMPLOYED: ['CITY', 'CENTRE'], INDEPENDENT: ['CENTRE'] },
  afterAdmission: [],
};

/** 培训基地资格初审, then 拟录取人员资格复审 by the municipal office (重庆 2025 附件1 五、六). */
export const CHONGQING_REVIEW_CHAIN: ReviewChain = {
  beforeAdmission: { EMPLOYED: ['BASE'], INDEPENDENT: ['BASE'] },
  afterAdmission: ['CENTRE'],
};

/** 培训基地 …完成组织报名、资格审核、考试录取 (孝感 2023 六（三）). */
export const XIAOGAN_REVIEW_CHAIN: ReviewChain = {
  beforeAdmission: { EMPLOYED: ['BASE'], INDEPENDENT: ['BASE'] },
  afterAdmission: [],
};

export const REVIEW_CHAINS: Readonly<Record<string, ReviewChain>> = {
  fujian: FUJIAN_REVIEW_CHAIN,
  chongqing: CHONGQING_REVIEW_CHAIN,
  xiaogan: XIAOGAN_REVIEW_CHAIN,
};
