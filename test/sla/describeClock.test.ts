import { describe, expect, it } from 'vitest';
import { nationalCalendar } from '../../src/holidays/nationalCalendar.js';
import { ombudsmanPolicy } from '../../src/rules/ombudsmanPolicy.js';
import { sp4nLaporPolicy } from '../../src/rules/sp4nLaporPolicy.js';
import { uu25Policy } from '../../src/rules/uu25Policy.js';
import { describeClock } from '../../src/sla/describeClock.js';
import { evaluateSla } from '../../src/sla/evaluateSla.js';
import { formatClockSource } from '../../src/sla/formatClockSource.js';
import { ev } from '../fixtures/sla/_types.js';

const rule = (policy: typeof uu25Policy, id: string) => policy.rules.find((r) => r.id === id)!;

describe('formatClockSource', () => {
  it('quotes the instrument and article so a host can write "batas waktu menurut …"', () => {
    expect(`batas waktu menurut ${formatClockSource(rule(uu25Policy, 'uu25.response'))}`).toBe(
      'batas waktu menurut UU 25/2009 Pasal 44 ayat (3)',
    );
  });

  it('writes the article the English way in English', () => {
    expect(formatClockSource(rule(uu25Policy, 'uu25.response'), { locale: 'en' })).toBe(
      'UU 25/2009 Article 44(3)',
    );
    expect(formatClockSource(rule(uu25Policy, 'uu25.completion'), { locale: 'en' })).toBe(
      'UU 25/2009 Article 44(4)-(5)',
    );
    expect(formatClockSource(ombudsmanPolicy.preconditions![0]!, { locale: 'en' })).toBe(
      'UU 37/2008 Article 24(1)(c)',
    );
  });

  it('says when a rule is practice or our reading rather than the text of a regulation', () => {
    expect(formatClockSource(rule(sp4nLaporPolicy, 'sp4n.verification'))).toMatch(/ \(praktik\)$/);
    expect(formatClockSource(rule(uu25Policy, 'uu25.receipt'))).toBe(
      'UU 25/2009 Pasal 44 ayat (1) (tafsiran)',
    );
    expect(formatClockSource(rule(uu25Policy, 'uu25.receipt'), { locale: 'en' })).toBe(
      'UU 25/2009 Article 44(1) (our reading)',
    );
  });
});

describe('describeClock', () => {
  // Received Fri 21 Mar 2025: response due Fri 4 Apr (14 days); as of Tue 1 Apr, 3 days left.
  const submitted = ev('complaint.submitted', '2025-03-21T10:00:00+07:00');

  it('says what the clock is, when it is due, under which article and where it stands', () => {
    const report = evaluateSla([submitted], uu25Policy, {
      calendar: nationalCalendar,
      asOf: '2025-04-01T09:00:00+07:00',
    });
    const response = report.clocks.find((c) => c.ruleId === 'uu25.response')!;
    expect(describeClock(response)).toBe(
      'Tanggapan atas kelengkapan pengaduan: batas waktu Jumat, 4 April 2025 (14 hari kalender) menurut UU 25/2009 Pasal 44 ayat (3); berjalan, sisa 3 hari kalender.',
    );
    expect(describeClock(response, { locale: 'en' })).toBe(
      'Response on completeness: due Friday, 4 April 2025 (14 calendar days) under UU 25/2009 Article 44(3); running, 3 calendar days left.',
    );
  });

  it('names the sanction of a breached duty and how late it is', () => {
    const report = evaluateSla([submitted], uu25Policy, {
      calendar: nationalCalendar,
      asOf: '2025-04-08T09:00:00+07:00',
    });
    const response = report.clocks.find((c) => c.ruleId === 'uu25.response')!;
    expect(describeClock(response)).toBe(
      'Tanggapan atas kelengkapan pengaduan: batas waktu Jumat, 4 April 2025 (14 hari kalender) menurut UU 25/2009 Pasal 44 ayat (3); terlampaui, lewat 4 hari kalender. Sanksi (UU 25/2009 Pasal 54 ayat (5)): Penurunan gaji sebesar satu kali kenaikan gaji berkala untuk paling lama 1 (satu) tahun.',
    );
  });

  it('describes a clock without a due date by its limit and status', () => {
    const report = evaluateSla([submitted], uu25Policy, {
      calendar: nationalCalendar,
      asOf: '2025-04-01T09:00:00+07:00',
    });
    const decision = report.clocks.find((c) => c.ruleId === 'uu25.decision')!;
    expect(describeClock(decision, { locale: 'en' })).toBe(
      'Decision on the examination (60 calendar days) under UU 25/2009 Article 50(1): not started.',
    );
  });
});
