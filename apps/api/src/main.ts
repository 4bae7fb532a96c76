import 'reflect-metadata';
import { loadAppConfig } from '@app/common/config';
import cluster from 'node:cluster';
import { superviseApiProcesses } from './processes/api-processes';

/** One API process, or, with API_PROCESSES > 1, a supervisor of that many that never loads the app itself. */
function main(): void {
  if (cluster.isPrimary) {
    const config = loadAppConfig();
    if (config.http.processes > 1) return superviseApiProcesses(config.http.processes, config.logLevel);
  }
  void import('./server').then(({ serve }) => serve());
}

main();
