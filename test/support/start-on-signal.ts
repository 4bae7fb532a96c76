/*
 * Runs an app's main module (as shipped) once told to on stdin. Its modules are loaded (and compiled)
 * first, and "loaded" printed: processes started this way reach the database together, however long each
 * took to compile. Usage: start-on-signal.ts <main module> <module to load first>...
 */
import { resolve } from 'node:path';

async function loadThenWait(): Promise<void> {
  const [main, ...preload] = process.argv.slice(2);
  for (const path of preload) await import(resolve(path));
  process.stdin.once('data', () => {
    process.stdin.destroy();
    void import(resolve(main));
  });
  process.stdout.write('loaded\n');
}

void loadThenWait();
