import createClient from 'openapi-fetch';
import type { components, paths } from './schema.generated';

type SessionToken = components['schemas']['SessionToken'];
export type SessionUser = SessionToken['user'];

/** The refresh token outlives a reload of the tab, not the tab: sessionStorage, never localStorage. */
const REFRESH_KEY = 'agp.refresh';
/** Refreshing goes around the main client's middleware, which waits on a refresh itself. */
const bare = createClient<paths>({ baseUrl: '/api' });
/** Refresh a little before the access token runs out. */
const EARLY_MS = 30_000;

type Listener = (user: SessionUser | null, expired: boolean) => void;

/**
 * The login's tokens. The access token lives in memory only; the refresh token in the tab's sessionStorage,
 * so a reload keeps the login and closing the tab ends it. One refresh at a time: the API refuses a refresh
 * token used twice and ends the whole login.
 */
class Tokens {
  private access: string | null = null;
  private expiresAt = 0;
  private user: SessionUser | null = null;
  private refreshing: Promise<string | null> | null = null;
  private listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get currentUser(): SessionUser | null {
    return this.user;
  }

  /** A login, a registration, a refresh or a password change answered a new pair. */
  accept(answer: SessionToken): void {
    this.access = answer.accessToken;
    this.expiresAt = Date.now() + answer.expiresIn * 1000;
    this.user = answer.user;
    sessionStorage.setItem(REFRESH_KEY, answer.refreshToken);
    this.notify(false);
  }

  /** A token for the next request: the one held, or a fresh one when it is about to run out. */
  async current(): Promise<string | null> {
    if (this.access && Date.now() < this.expiresAt - EARLY_MS) return this.access;
    if (!sessionStorage.getItem(REFRESH_KEY)) return this.access;
    return this.refresh();
  }

  /** After a reload: the login resumes from the refresh token, if the tab has one. */
  resume(): Promise<string | null> {
    return sessionStorage.getItem(REFRESH_KEY) ? this.refresh() : Promise.resolve(null);
  }

  /** The API refused the token: the login is over; the portal asks for it again. */
  expire(): void {
    if (!this.user && !this.access) return;
    this.clear();
    this.notify(true);
  }

  signOut(): void {
    this.clear();
    this.notify(false);
  }

  private refresh(): Promise<string | null> {
    this.refreshing ??= this.exchange().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async exchange(): Promise<string | null> {
    const refreshToken = sessionStorage.getItem(REFRESH_KEY);
    if (!refreshToken) return null;
    try {
      const { data } = await bare.POST('/auth/refresh', { body: { refreshToken } });
      if (!data) {
        this.expire();
        return null;
      }
      this.accept(data);
      return this.access;
    } catch {
      // Offline: keep what we have; the request will fail with a network error the page shows.
      return this.access;
    }
  }

  private clear(): void {
    this.access = null;
    this.expiresAt = 0;
    this.user = null;
    sessionStorage.removeItem(REFRESH_KEY);
  }

  private notify(expired: boolean): void {
    for (const listener of this.listeners) listener(this.user, expired);
  }
}

export const tokens = new Tokens();
