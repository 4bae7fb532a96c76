import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startApi, TestApi } from './support/test-api';

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: Array<{ pointer: string }>;
}

type Schema = { type?: string; format?: string; enum?: string[]; properties?: Record<string, Schema>; required?: string[] };
type Response = { description: string; content?: Record<string, { schema: Schema }>; headers?: Record<string, unknown> };
type Operation = {
  summary?: string;
  security?: unknown[];
  parameters?: Array<{ name: string; in: string; schema: Schema }>;
  requestBody?: { description?: string; content: Record<string, { schema: Schema }> };
  responses: Record<string, Response>;
};
type Document = { servers: Array<{ url: string }>; paths: Record<string, Record<string, Operation>> };

/** The portal's generated API types, committed. */
const CLIENT_TYPES_FILE = resolve(__dirname, '../apps/web/src/api/schema.generated.ts');

/** The portal's client types for a document file, as `npm run generate:client` writes them. */
function clientTypesOf(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', require.resolve('../apps/api/tools/print-client-types.ts'), file],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}: ${stderr}`)) : resolve(stdout)),
    );
  });
}

/** Redocly's recommended rules on a document, as its CLI reports them (its exit code says only whether there was an error). */
function redoclyLint(file: string): Promise<LintProblem[]> {
  const cli = require.resolve('@redocly/cli/bin/cli.js');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, 'lint', file, '--extends=recommended', '--format=json'],
      // No telemetry and no update check: the tests run offline too.
      { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, maxBuffer: 64 * 1024 * 1024 },
      (_error, stdout, stderr) => {
        try {
          resolve((JSON.parse(stdout) as { problems: LintProblem[] }).problems);
        } catch {
          reject(new Error(`redocly lint gave no report: ${stderr}`));
        }
      },
    );
  });
}

describe('OpenAPI: the document the portal\'s client is generated from', () => {
  let api: TestApi;
  let document: Document;
  let raw: unknown;

  beforeAll(async () => {
    api = await startApi();
    raw = (await api.http.get('/docs/openapi.json').expect(200)).body;
    document = raw as Document;
  });

  afterAll(async () => {
    await api.close();
  });

  const operations = () => Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));
  const codes = (response: Response | undefined) => response?.content?.['application/json']?.schema.properties?.code.enum;

  it('passes Redocly\'s recommended rules: no error, and no warning but the missing licence (the software is not licensed)', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'openapi-'));
    try {
      const file = join(directory, 'openapi.json');
      await writeFile(file, JSON.stringify(raw));
      const problems = (await redoclyLint(file)).map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`);
      expect(problems).toEqual(['warn info-license #/info: Info object should contain `license` field.']);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }, 120_000);

  it('is served for the /api prefix: paths are relative to the server /api', () => {
    expect(document.servers).toEqual([expect.objectContaining({ url: '/api' })]);
    expect(Object.keys(document.paths)).toContain('/auth/login');
    expect(Object.keys(document.paths).filter((path) => path.startsWith('/api/'))).toEqual([]);
  });

  it('declares security on every operation: none on the public ones, the bearer token on the others', () => {
    const open = operations().filter(({ operation }) => operation.security?.length === 0).map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(open.sort()).toEqual(['GET /health', 'GET /health/live', 'GET /recruitment/notices/verify/{token}', 'GET /verify/{token}', 'POST /auth/login', 'POST /auth/refresh', 'POST /auth/register', 'POST /recruitment/applicants']);
    for (const { operation } of operations()) expect(operation.security).toEqual(operation.security?.length === 0 ? [] : [{ bearer: [] }]);
  });

  it('documents, per status, the codes of the guards, the pipes, the controller and the handler together', () => {
    const accounts = document.paths['/accounts/{id}/disable'].post.responses;
    expect(codes(accounts['400'])).toEqual(['VALIDATION_FAILED', 'BODY_TOO_DEEP', 'ROLE_ORGANISATION_MISMATCH']);
    expect(codes(accounts['401'])).toEqual(['UNAUTHENTICATED']);
    expect(codes(accounts['403'])).toEqual(['PASSWORD_CHANGE_REQUIRED', 'FORBIDDEN_ROLE', 'FORBIDDEN_SCOPE', 'ACCOUNT_ROLE_NOT_ADMINISTERED']);
    expect(codes(accounts['409'])).toEqual(['ACCOUNT_ALREADY_DISABLED']);
    // A controller's codes and a handler's meet in one response per status.
    const statistics = document.paths['/sessions/{sessionId}/statistics'].get.responses;
    expect(codes(statistics['404'])).toEqual(['SESSION_NOT_FOUND', 'ORGANISATION_NOT_FOUND']);
    expect(codes(statistics['403'])).toEqual(['PASSWORD_CHANGE_REQUIRED', 'FORBIDDEN_ROLE', 'FORBIDDEN_SCOPE']);
    // Changing the password is allowed while it must be changed; logging in is throttled in Redis.
    expect(codes(document.paths['/auth/password'].post.responses['403'])).toBeUndefined();
    expect(codes(document.paths['/auth/login'].post.responses['429'])).toEqual(['TOO_MANY_REQUESTS']);
    expect(codes(document.paths['/auth/login'].post.responses['503'])).toEqual(['REDIS_UNAVAILABLE']);
    // A GET reads no body: nothing to nest too deeply.
    expect(codes(document.paths['/trainees/{id}'].get.responses['400'])).toEqual(['VALIDATION_FAILED']);
    for (const { operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses).filter(([status]) => /^[45]/.test(status))) {
        expect([status, response.content?.['application/json']?.schema.required]).toEqual([status, ['code', 'message']]);
      }
    }
  });

  it('describes every upload as multipart/form-data with a binary "file" part, and each table\'s columns', () => {
    const uploads = operations().filter(({ operation }) => operation.requestBody?.content['multipart/form-data']);
    expect(uploads.map(({ method, path }) => `${method.toUpperCase()} ${path}`).sort()).toEqual([
      'POST /recruitment/rounds/{roundId}/assessment-scores/{choiceRound}/import',
      'POST /recruitment/rounds/{roundId}/ranking-scores/import',
      'POST /sessions/{id}/national-roster/reconcile',
      'POST /sessions/{sessionId}/score-imports/{subject}',
      'POST /trainees/import',
      'PUT /me/photo',
      'PUT /me/recruitment/applications/{id}/documents/{kind}',
    ]);
    for (const { operation } of uploads) {
      const schema = operation.requestBody!.content['multipart/form-data'].schema;
      expect(schema.required).toEqual(['file']);
      expect(schema.properties!.file).toMatchObject({ type: 'string', format: 'binary' });
      expect(codes(operation.responses['400'])).toEqual(expect.arrayContaining(['FILE_MISSING', 'FILE_EMPTY']));
      expect(codes(operation.responses['413'])).toEqual(expect.arrayContaining(['PAYLOAD_TOO_LARGE']));
    }
    const roster = document.paths['/trainees/import'].post.requestBody!.description!;
    for (const header of ['姓名', '证件号码', '培训基地', '年级', '结束轮转时间', '集中理论培训阶段考试', '培训过程考核', 'GBK']) expect(roster).toContain(header);
    const scores = document.paths['/sessions/{sessionId}/score-imports/{subject}'].post;
    for (const header of ['标准分', '考试状态', '病例分析', '关键项不合格']) expect(scores.requestBody!.description).toContain(header);
    expect(scores.parameters!.find((p) => p.name === 'subject')!.schema.enum).toEqual(['THEORY', 'SKILLS']);
    expect(Object.keys(scores.responses).filter((status) => status.startsWith('2'))).toEqual(['201', '202']);
    expect(document.paths['/trainees/import'].post.responses['201'].content!['application/json'].schema).toEqual({ $ref: '#/components/schemas/RosterImportReport' });
  });

  it('describes the binary answers with their content types; their errors stay JSON', () => {
    const binary = (path: string) => {
      const { content } = document.paths[path].get.responses['200'];
      return Object.fromEntries(Object.entries(content!).map(([type, { schema }]) => [type, schema.format]));
    };
    expect(binary('/me/tickets/{sessionId}/{subject}')).toEqual({ 'application/pdf': 'binary' });
    expect(binary('/sessions/{sessionId}/tickets/batch.pdf')).toEqual({ 'application/pdf': 'binary' });
    expect(binary('/me/photo')).toEqual({ 'image/jpeg': 'binary' });
    expect(binary('/trainees/{id}/photo')).toEqual({ 'image/jpeg': 'binary' });
    expect(binary('/signups/export')).toEqual({ 'text/csv': 'binary', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'binary' });
    expect(binary('/standing/certificate-eligibility.xlsx')).toEqual({ 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'binary' });
    expect(binary('/sessions/{sessionId}/statistics.csv')).toEqual({ 'text/csv': 'binary' });
    expect(Object.keys(document.paths['/me/tickets/{sessionId}/{subject}'].get.responses['409'].content!)).toEqual(['application/json']);
  });

  it('gives every JSON success its schema, named after the view type the route returns', () => {
    const untyped: string[] = [];
    for (const { path, method, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses).filter(([status]) => status.startsWith('2'))) {
        const json = response.content?.['application/json'];
        const binary = Object.keys(response.content ?? {}).some((type) => type !== 'application/json');
        if (status === '204' || binary) continue;
        if (!json?.schema || Object.keys(json.schema).length === 0) untyped.push(`${method.toUpperCase()} ${path} ${status}`);
      }
    }
    // A recheck request is always refused (SC-1): it has no success to describe.
    expect(untyped).toEqual(['POST /me/results/{sessionId}/{subject}/recheck-requests 201']);
    expect(document.paths['/me/signups'].get.responses['200'].content!['application/json'].schema).toEqual({ type: 'array', items: { $ref: '#/components/schemas/SignupView' } });
    expect(document.paths['/sessions/{sessionId}/tickets/generate'].post.responses['202'].content!['application/json'].schema).toEqual({ $ref: '#/components/schemas/TicketGeneration' });
  });

  it('is what the portal\'s committed client was generated from (run `npm run generate:client` after changing the API)', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'openapi-'));
    const file = join(directory, 'openapi.json');
    await writeFile(file, JSON.stringify(raw));
    const fresh = await clientTypesOf(file).finally(() => rm(directory, { recursive: true, force: true }));
    const committed = await readFile(CLIENT_TYPES_FILE, 'utf8');
    // Not toEqual: a diff of twelve thousand lines helps nobody; the command that fixes it does.
    if (fresh !== committed) throw new Error('apps/web/src/api/schema.generated.ts is stale: run `npm run generate:client` and commit it');
    expect(fresh.length).toBeGreaterThan(0);
  }, 60_000);
});
