export * from './admission.types';
export * from './admission-ranking';
export * from './admission.rules';
export * from './admission-explanation';
