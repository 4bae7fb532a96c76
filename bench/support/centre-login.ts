/**
 * A centre administrator for a benchmark, logged in through the API as a person would (POST /api/auth/login):
 * access tokens are checked against their login's state, so a token signed by hand is refused.
 */
import { PasswordHasher } from '@app/identity/password-hasher';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { request } from 'undici';

export async function loginCentreAdmin(dataSource: DataSource, apiUrl: string, username = 'bench-centre'): Promise<string> {
  const [centre] = await dataSource.query("SELECT id FROM organisation WHERE kind = 'PROVINCE' LIMIT 1");
  const password = `Bench-${randomBytes(12).toString('hex')}`;
  const passwordHash = await new PasswordHasher().hash(password);
  await dataSource.query("INSERT INTO user_account (username, password_hash, role, display_name, organisation_id, active) VALUES (?, ?, 'CENTRE_ADMIN', 'bench', ?, 1)", [
    username,
    passwordHash,
    centre.id,
  ]);
  const answer = await request(`${apiUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const body = (await answer.body.json()) as { accessToken?: string };
  if (answer.statusCode !== 200 || !body.accessToken) throw new Error(`login of ${username}: ${answer.statusCode} ${JSON.stringify(body).slice(0, 300)}`);
  return body.accessToken;
}
