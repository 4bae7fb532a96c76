import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppConfig } from './app-config.provider';

describe('loadAppConfig: the configuration outside Nest, as ConfigModule would build it', () => {
  const required = {
    JWT_SECRET: 'unit-test-secret',
    ID_ENCRYPTION_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
    ID_HASH_KEY: 'ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=',
    TICKET_SIGNING_KEY: 'dGlja2V0LXNpZ25pbmcta2V5LWZvci10ZXN0cy0wMDA=',
  };
  const touched = ['API_PROCESSES', 'HTTP_PORT', ...Object.keys(required)];
  let saved: Record<string, string | undefined>;

  beforeEach(() => {
    saved = Object.fromEntries(touched.map((key) => [key, process.env[key]]));
    for (const key of touched) delete process.env[key];
  });
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('reads .env, and a variable set in the environment wins over the file', () => {
    const envFile = join(mkdtempSync(join(tmpdir(), 'agp-config-')), '.env');
    writeFileSync(envFile, `${Object.entries(required).map(([k, v]) => `${k}=${v}`).join('\n')}\nAPI_PROCESSES=3\nHTTP_PORT=4001\n`);
    process.env.HTTP_PORT = '4002';
    const config = loadAppConfig(envFile);
    expect(config.http.processes).toBe(3);
    expect(config.http.port).toBe(4002);
  });

  it('without a .env file uses the environment alone, and API_PROCESSES defaults to 1', () => {
    Object.assign(process.env, required);
    expect(loadAppConfig(join(tmpdir(), 'no-such-dir', '.env')).http.processes).toBe(1);
  });

  it.each(['0', '-1', '1.5', 'two', '65'])('refuses API_PROCESSES=%s at boot', (value) => {
    Object.assign(process.env, required, { API_PROCESSES: value });
    expect(() => loadAppConfig(join(tmpdir(), 'no-such-dir', '.env'))).toThrow(/API_PROCESSES/);
  });
});
