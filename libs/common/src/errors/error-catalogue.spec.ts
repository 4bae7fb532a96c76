import { COMMON_ERRORS } from './common-errors';
import { DomainError } from './domain-error';
import type { ErrorCode } from './error-catalogue';
import { defineErrors, errorMessages } from './error-definition';

describe('defineErrors', () => {
  it('errors a defined catalogue is returned as written and gives DomainError its English text', () => {
    const catalogue = { PROBE_DEFINED: { status: 409, zh: '探针', en: 'Probe' } };
    expect(defineErrors(catalogue)).toBe(catalogue);
    expect(errorMessages('PROBE_DEFINED')).toEqual({ zh: '探针', en: 'Probe' });
    expect(new DomainError('PROBE_DEFINED' as ErrorCode).message).toBe('Probe');
  });

  it('errors a code defined again with another status or message is refused', () => {
    defineErrors({ PROBE_TWICE: { status: 409, zh: '一次', en: 'Once' } });
    expect(() => defineErrors({ PROBE_TWICE: { status: 409, zh: '一次', en: 'Once' } })).not.toThrow();
    expect(() => defineErrors({ PROBE_TWICE: { status: 400, zh: '一次', en: 'Once' } })).toThrow('Error code PROBE_TWICE is defined twice');
    expect(() => defineErrors({ CONFLICT: { ...COMMON_ERRORS.CONFLICT, en: 'Changed' } })).toThrow('Error code CONFLICT is defined twice');
  });

  it('errors a code whose catalogue is not loaded has the code itself as its messages', () => {
    expect(errorMessages('PROBE_NOT_LOADED')).toEqual({ zh: 'PROBE_NOT_LOADED', en: 'PROBE_NOT_LOADED' });
    expect(new DomainError('PROBE_NOT_LOADED' as ErrorCode).message).toBe('PROBE_NOT_LOADED');
  });

  it('errors a custom message replaces the catalogue text in the error, not in the catalogue', () => {
    expect(new DomainError('CONFLICT', undefined, 'row 17 changed').message).toBe('row 17 changed');
    expect(new DomainError('CONFLICT').message).toBe(COMMON_ERRORS.CONFLICT.en);
  });
});
