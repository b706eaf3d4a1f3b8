import { sp4nLaporPolicy } from '../src/rules/index.js';
import { applyEvent, restoreSnapshot, replayHistory, startComplaint } from '../src/machine/index.js';
import { parseHistory } from '../src/schema/index.js';
const opts = { policy: sp4nLaporPolicy };
const admin = { role: 'admin_instansi' as const };
let { snapshot } = startComplaint({ type: 'complaint.submitted', at: '2025-06-02T09:00:00+07:00', actor: { role: 'complainant' }, data: {} }, opts);
const events = [
  { type: 'complaint.received', at: '2025-06-02T09:10:00+07:00', actor: admin, data: {} },
  { type: 'file.declared_complete', at: '2025-06-02T10:00:00+07:00', actor: admin, data: {} },
  { type: 'complaint.dispositioned', at: '2025-06-02T11:00:00+07:00', actor: admin, data: { unitId: 'dinsos', unitKind: 'opd' } },
  { type: 'disposition.rejected', at: '2025-06-03T09:00:00+07:00', actor: { role: 'admin_penghubung', unitId: 'dinsos' }, data: { unitId: 'dinsos', reason: 'salah' } },
  { type: 'complaint.dispositioned', at: '2025-06-03T10:00:00+07:00', actor: admin, data: { unitId: 'dinsos', unitKind: 'opd' } },
  { type: 'sla.tick', at: '2025-07-30T10:00:00+07:00' },
] as const;
for (const e of events) { const r = applyEvent(snapshot, e as never, opts); snapshot = r.snapshot; console.log(snapshot.value, r.appended.map((a) => a.id)); }
console.log(parseHistory(snapshot.context.history).success);
try { console.log(restoreSnapshot(JSON.parse(JSON.stringify(snapshot)), opts).value); } catch (e) { console.log('restore', (e as Error).message.slice(0, 300)); }
try { console.log(replayHistory(snapshot.context.history, opts).value); } catch (e) { console.log('replay', (e as Error).message.slice(0, 300)); }
