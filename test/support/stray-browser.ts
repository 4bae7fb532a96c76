/**
 * Run as its own process by test/chromium-orphans.e2e-spec.ts: launches two Chromium browsers the way the
 * renderer did before it used a pipe (WebSocket, so they outlive this process), one with a worker profile
 * under RUN_DIR and one with a profile of its own elsewhere (someone else's browser), prints where they are,
 * and waits to be killed.
 */
import 'reflect-metadata';
import { ChromiumProfiles } from '@app/tickets/render/chromium-profiles';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];

async function main(): Promise<void> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const workerProfile = await new ChromiumProfiles(process.env.RUN_DIR!).create();
  const foreignProfile = mkdtempSync(join(tmpdir(), 'foreign-chromium-'));
  const launched = [];
  for (const userDataDir of [workerProfile, foreignProfile]) {
    const browser = await puppeteer.launch({ executablePath, headless: true, pipe: false, userDataDir, args: ARGS });
    const page = await browser.newPage();
    await page.setContent('<p>待命</p>');
    launched.push({ userDataDir, browserPid: browser.process()!.pid! });
  }
  process.stdout.write(`${JSON.stringify({ worker: launched[0], foreign: launched[1] })}\n`);
  setInterval(() => undefined, 60_000);
}

void main();
