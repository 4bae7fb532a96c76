import { AppConfig } from './app-config';
import { validateEnvironment } from './environment';

const REQUIRED = {
  JWT_SECRET: 'a-secret-of-at-least-thirty-two-characters',
  ID_ENCRYPTION_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
  ID_HASH_KEY: 'ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=',
  TICKET_SIGNING_KEY: 'dGlja2V0LXNpZ25pbmcta2V5LWZvci10ZXN0cy0wMDA=',
};

describe('WORKER_QUEUES (which queues a worker copy takes jobs from)', () => {
  it('defaults to every queue', () => {
    expect(new AppConfig(validateEnvironment(REQUIRED)).workerQueues).toEqual(['assessment', 'tickets', 'scores']);
  });

  it('takes a comma-separated subset, each queue once', () => {
    expect(new AppConfig(validateEnvironment({ ...REQUIRED, WORKER_QUEUES: 'tickets' })).workerQueues).toEqual(['tickets']);
    expect(new AppConfig(validateEnvironment({ ...REQUIRED, WORKER_QUEUES: 'scores,assessment,scores' })).workerQueues).toEqual(['scores', 'assessment']);
  });

  it.each(['tickets,printing', 'tickets,', ' tickets', 'TICKETS'])('refuses %j at boot with the variable named', (value) => {
    expect(() => validateEnvironment({ ...REQUIRED, WORKER_QUEUES: value })).toThrow(/WORKER_QUEUES/);
  });
});
