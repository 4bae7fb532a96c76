export * from './choices.rules';
