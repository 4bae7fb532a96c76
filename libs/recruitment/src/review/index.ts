export * from './review.types';
export * from './review-chains';
export * from './review.rules';
export * from './review-notices';
export * from './review-history';
