import { readFileSync, writeFileSync } from 'fs';
import { Session } from 'inspector';
import { check } from '../server/src/core/check';
const small = readFileSync('/tmp/gen250.yaml', 'utf8');
for (let i = 0; i < 3; i++) check(small);
const text = readFileSync('/tmp/gen2000.yaml', 'utf8');
const s = new Session(); s.connect();
s.post('Profiler.enable'); s.post('Profiler.setSamplingInterval', { interval: 100 });
s.post('Profiler.start', () => {
  const t = performance.now();
  check(text);
  console.log('check', (performance.now() - t).toFixed(0));
  s.post('Profiler.stop', (err, { profile }) => { writeFileSync('/tmp/p.cpuprofile', JSON.stringify(profile)); });
});
