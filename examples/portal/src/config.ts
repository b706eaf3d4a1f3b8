import type { Policy } from 'pengaduan';
import { combinePolicies, sp4nLaporPolicy, uu25Policy } from 'pengaduan';
import type { Actor } from 'pengaduan/schema';

/** The portal runs UU 25/2009 with the SP4N-LAPOR! practice clocks on top. */
export const PORTAL_POLICY: Policy = combinePolicies([uu25Policy, sp4nLaporPolicy]);

/** The units a complaint can be disposed to (OPD and APIP), with their display names. */
export const UNITS = Object.freeze([
  { id: 'dinas-pupr', kind: 'opd', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
  { id: 'disdukcapil', kind: 'opd', name: 'Dinas Kependudukan dan Pencatatan Sipil' },
  { id: 'inspektorat', kind: 'apip', name: 'Inspektorat Daerah' },
] as const);

/** The pseudo-unit that owes the intake duties (receipt, screening, disposition): the admin instansi. */
export const INTAKE_UNIT = 'intake';

/** A demo user: the bearer token, who it is, and the actor the server stamps on its events. */
export interface DemoUser {
  readonly token: string;
  readonly name: string;
  readonly actor: Actor;
}

/**
 * The demo users, one per role. DEMO ONLY: a token is a fixed string. A real deployment takes the role
 * and unit from its own sign-on (SSO, the regional ASN directory), never from the request body.
 */
export const DEMO_USERS: readonly DemoUser[] = Object.freeze([
  {
    token: 'demo-admin',
    name: 'Admin Instansi (Diskominfo)',
    actor: { role: 'admin_instansi', id: 'admin-1' },
  },
  {
    token: 'demo-pupr',
    name: 'Admin Penghubung Dinas PUPR',
    actor: { role: 'admin_penghubung', id: 'pupr-1', unitId: 'dinas-pupr' },
  },
  {
    token: 'demo-dukcapil',
    name: 'Admin Penghubung Disdukcapil',
    actor: { role: 'admin_penghubung', id: 'dukcapil-1', unitId: 'disdukcapil' },
  },
  {
    token: 'demo-apip',
    name: 'APIP Inspektorat',
    actor: { role: 'apip', id: 'apip-1', unitId: 'inspektorat' },
  },
  { token: 'demo-atasan', name: 'Atasan (Sekretaris Daerah)', actor: { role: 'supervisor', id: 'sekda-1' } },
]);

/** The user of a bearer token, or undefined. */
export function authenticate(authorization: string | undefined): DemoUser | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match === null ? undefined : DEMO_USERS.find((user) => user.token === match[1]);
}
