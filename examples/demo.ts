/**
 * `npm run demo`: the library at work on real dates, in two parts.
 *
 * 1. The official working-day calendar (examples/calendar.ts): Lebaran 2025, a complaint logged in
 *    another zone, Lebaran 2027 before the isbat, a deadline that reaches 2028 (no SKB yet), a regional day off.
 * 2. One complaint through its whole life (examples/lifecycle.ts): receipt, screening, an incomplete
 *    file, two dispositions, a dispute and reopening, a decision with compensation, the deadlines
 *    and effects at every step with their legal basis, and the views that keep an anonim report
 *    confidential.
 *
 * Each part also runs on its own: `npx tsx examples/calendar.ts`, `npx tsx examples/lifecycle.ts`.
 */
export {};

const rule = '═'.repeat(100);

console.log(`${rule}\n  1. Kalender hari kerja resmi / the official working-day calendar\n${rule}\n`);
await import('./calendar.js');

console.log(
  `\n${rule}\n  2. Satu pengaduan dari awal sampai selesai / one complaint from start to finish\n${rule}`,
);
await import('./lifecycle.js');
