// `npm run test:tz`: the calendar, holiday, deadline, machine and view tests again under two host time
// zones with odd offsets (UTC+12:45/+13:45 and UTC-3:30/-2:30), to prove that no result depends on
// the host's zone. Set here rather than as `TZ=… vitest` in package.json so it also runs on Windows.
import { spawnSync } from 'node:child_process';

const ZONES = ['Pacific/Chatham', 'America/St_Johns'];
const DIRS = [
  'test/calendar',
  'test/holidays',
  'test/sla',
  'test/machine',
  'test/views',
  'test/compliance',
  'test/testing',
];

for (const zone of ZONES) {
  console.log(`\nTZ=${zone}`);
  const run = spawnSync('npx', ['vitest', 'run', ...DIRS], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
    shell: process.platform === 'win32',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
