import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChromiumProfiles, orphanedChromium } from './chromium-profiles';
import { parseStat, ProcessEntry, readProcess } from './process-table';

const DEAD = '/srv/agp/var/run/chromium/4242-1000-1';
const LIVE = '/srv/agp/var/run/chromium/5151-2000-1';

function entry(pid: number, pgid: number, argv: string[], state = 'S'): ProcessEntry {
  return { pid, ppid: 1, pgid, state, startTime: 1, argv };
}

describe('orphanedChromium: which processes a start-up sweep may kill', () => {
  const self = { pid: 10, pgid: 10 };

  it('takes every Chromium process carrying a dead owner profile, and the group its browser leads', () => {
    const processes = [
      entry(100, 100, ['/usr/lib/chromium/chromium', '--no-sandbox', `--user-data-dir=${DEAD}`]),
      entry(101, 100, ['/usr/lib/chromium/chromium', '--type=zygote', `--user-data-dir=${DEAD}`]),
      entry(102, 100, ['/usr/lib/chromium/chromium', '--type=renderer', `--user-data-dir=${DEAD}`]),
    ];
    expect(orphanedChromium(processes, [DEAD], self)).toEqual({ groups: [100], pids: [100, 101, 102] });
  });

  it('leaves a live owner profile, another user-data-dir, a prefix of the path and non-Chromium processes alone', () => {
    const processes = [
      entry(200, 200, ['/usr/lib/chromium/chromium', `--user-data-dir=${LIVE}`]),
      entry(201, 201, ['/usr/lib/chromium/chromium', '--user-data-dir=/tmp/puppeteer_dev_chrome_profile-abc']),
      entry(202, 202, ['/usr/lib/chromium/chromium', `--user-data-dir=${DEAD}0`]),
      entry(203, 203, ['/usr/lib/chromium/chromium', `--user-data-dir=${DEAD}/nested`]),
      entry(204, 204, ['/usr/bin/node', 'script.js', `--user-data-dir=${DEAD}`]),
      entry(205, 205, ['/usr/bin/vim', DEAD]),
    ];
    expect(orphanedChromium(processes, [DEAD], self)).toEqual({ groups: [], pids: [] });
  });

  it('does not lead to a group kill when the leader is not one of them, and never touches its own group or zombies', () => {
    const processes = [
      entry(300, 299, ['/usr/lib/chromium/chromium', '--type=renderer', `--user-data-dir=${DEAD}`]),
      entry(301, 10, ['/usr/lib/chromium/chromium', `--user-data-dir=${DEAD}`]),
      entry(302, 302, ['/usr/lib/chromium/chromium', `--user-data-dir=${DEAD}`], 'Z'),
    ];
    expect(orphanedChromium(processes, [DEAD], self)).toEqual({ groups: [], pids: [300] });
  });
});

describe('parseStat', () => {
  it('reads pid, state, parent, group and start time, even with spaces and parentheses in the name', () => {
    const stat = '4242 (chromium (x) y) S 1 4242 4242 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 987654 1000 10 18446744073709551615';
    expect(parseStat(stat)).toEqual({ pid: 4242, state: 'S', ppid: 1, pgid: 4242, startTime: 987654 });
  });

  it('agrees with this process', async () => {
    const self = await readProcess(process.pid);
    expect(self).toMatchObject({ pid: process.pid, ppid: process.ppid, state: expect.stringMatching(/^[RS]$/) });
    expect(self!.argv.length).toBeGreaterThan(0);
  });
});

describe('ChromiumProfiles', () => {
  let runDir: string;

  beforeEach(async () => {
    runDir = await mkdtemp(join(tmpdir(), 'run-'));
  });

  afterEach(async () => {
    await rm(runDir, { recursive: true, force: true });
  });

  it('names a profile after this process (pid and start time), so a sweep leaves it while the process lives', async () => {
    const profiles = new ChromiumProfiles(runDir);
    const self = await readProcess(process.pid);
    const dir = await profiles.create();
    expect(dir).toBe(join(runDir, 'chromium', `${process.pid}-${self!.startTime}-1`));
    expect(await profiles.sweep()).toEqual({ profiles: [], killed: [] });
    expect(await readdir(join(runDir, 'chromium'))).toEqual([`${process.pid}-${self!.startTime}-1`]);
  });

  it('removes the profile of an owner that is gone (the same pid with another start time is another process)', async () => {
    const profiles = new ChromiumProfiles(runDir);
    const self = await readProcess(process.pid);
    const stale = join(runDir, 'chromium', `${process.pid}-${self!.startTime + 1}-1`);
    await mkdir(stale, { recursive: true });
    expect(await profiles.sweep()).toEqual({ profiles: [stale], killed: [] });
    expect(await readdir(join(runDir, 'chromium'))).toEqual([]);
  });

  it('ignores names it did not write', async () => {
    await mkdir(join(runDir, 'chromium', 'notes'), { recursive: true });
    expect(await new ChromiumProfiles(runDir).sweep()).toEqual({ profiles: [], killed: [] });
    expect(await readdir(join(runDir, 'chromium'))).toEqual(['notes']);
  });
});
