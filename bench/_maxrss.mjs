// Preloaded with `node --import` by bench/import-csv.mjs: writes the process's peak resident set
// size (KB) and CPU time (µs, user + system) as JSON to $REPER_MAXRSS_OUT when it exits.
// Not a bench module itself (leading underscore).
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage();
  if (process.env.REPER_MAXRSS_OUT) writeFileSync(process.env.REPER_MAXRSS_OUT, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }));
});
