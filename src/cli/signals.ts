/**
 * Interrupts (Ctrl-C, a CI job cancelled): remove the temporary files of writes in
 * progress, then die of the same signal so the shell sees the usual status (130 for
 * SIGINT). Completed outputs are whole files and previous ones are never half-replaced,
 * because every write is a rename. Installed by bin/vnpress.js only, never by main().
 */
import { removePendingTempFiles } from '../core/atomic-write.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export function cleanUpOnSignals(proc: NodeJS.Process): void {
  for (const signal of SIGNALS) {
    proc.once(signal, () => {
      removePendingTempFiles();
      proc.kill(proc.pid, signal);
    });
  }
}
