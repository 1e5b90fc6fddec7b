// Where the CPU went during a benchmark phase (Linux /proc): the server process, every PostgreSQL process, and this
// load generator. On a 2-core machine the generator competes with what it measures; these figures say how much of
// the machine each side took, so a rate limited by the generator is not mistaken for the server's limit.
import fs from 'node:fs';

const ticksPerSecond = 100; // USER_HZ on Linux

function processSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond; // utime + stime
  } catch { return 0; } // ended meanwhile
}

function postgresPids() {
  return fs.readdirSync('/proc').filter(name => /^\d+$/.test(name)).filter(pid => {
    try { return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres'; } catch { return false; }
  });
}

function sample(serverPid) {
  const generator = process.cpuUsage();
  return {
    server: serverPid ? processSeconds(serverPid) : 0,
    postgres: postgresPids().reduce((sum, pid) => sum + processSeconds(pid), 0),
    generator: (generator.user + generator.system) / 1e6,
  };
}

// Runs `phase` (which returns how many requests it made) and adds CPU milliseconds per request for each side.
export async function measureCpu(serverPid, phase) {
  const before = sample(serverPid);
  const requests = await phase();
  const after = sample(serverPid);
  const perRequest = key => (requests > 0 ? ((after[key] - before[key]) * 1000) / requests : 0);
  return { requests, serverCpuMs: perRequest('server'), postgresCpuMs: perRequest('postgres'), generatorCpuMs: perRequest('generator') };
}
