import type { HistoryEventType } from '../history/types.js';
import type { LocalizedText } from '../i18n/types.js';
import type { ComplaintState } from '../machine/types.js';
import type { LegalSource } from '../rules/types.js';

/**
 * How much of an ISO 10002 expectation the library carries:
 * - `library`: states, events, clocks or views implement it; the host only wires them;
 * - `partial`: the library records or computes part of it; the rest is the organisation's practice;
 * - `host`: outside a rules library (publicity, fees, management review); listed so nothing is hidden.
 */
export type Iso10002Coverage = 'library' | 'partial' | 'host';

/** One process stage or guiding principle of ISO 10002 and what implements it here. */
export interface Iso10002Item {
  /** Stable id of the item, snake_case. */
  readonly id: string;
  /** A guiding principle (clause 4) or a stage of the process (clause 7). */
  readonly kind: 'principle' | 'stage';
  /** The clause in ISO 10002:2014 (the 2004 numbering); the 2018 edition renumbered them. */
  readonly clause: string;
  /** The clause's title, in Bahasa Indonesia and English. */
  readonly title: LocalizedText;
  /** What the guideline expects, in our words. */
  readonly expects: LocalizedText;
  /** How much of it the library carries (see `Iso10002Coverage`). */
  readonly coverage: Iso10002Coverage;
  /** The lifecycle states that implement it; empty when none. */
  readonly states: readonly ComplaintState[];
  /** The history events that record it; empty when none. */
  readonly events: readonly HistoryEventType[];
  /** Clock rule ids of the presets (`uu25.response`, `sp4n.followup` …). */
  readonly clocks: readonly string[];
  /** Other parts of the library that implement it (functions, data). */
  readonly features: readonly string[];
  /** The clause, cited as a legal source. */
  readonly source: LegalSource;
}

function source(clause: string): LegalSource {
  return Object.freeze({
    instrument: 'ISO 10002:2014',
    article: `clause ${clause}`,
    status: 'inferred',
    note: 'The clause titles were read from the published table of contents; the mapping to the lifecycle is ours. ISO 10002:2018 moved the process to clause 8 (numbering unverified).',
  } as const);
}

function item(value: Omit<Iso10002Item, 'source'>): Iso10002Item {
  return Object.freeze({
    ...value,
    title: Object.freeze(value.title),
    expects: Object.freeze(value.expects),
    states: Object.freeze([...value.states]),
    events: Object.freeze([...value.events]),
    clocks: Object.freeze([...value.clocks]),
    features: Object.freeze([...value.features]),
    source: source(value.clause),
  });
}

const OPEN_STATES: readonly ComplaintState[] = [
  'submitted',
  'screening',
  'awaitingCompletion',
  'onHold',
  'fileComplete',
  'dispositioned',
  'examination',
  'decided',
  'awaitingCompensation',
  'awaitingFeedback',
  'disputed',
];

/**
 * The ISO 10002 crosswalk as data: every operating process stage (clause 7) and guiding principle
 * (clause 4) of ISO 10002:2014 with the lifecycle states, history events, clocks and features that
 * implement it, and how much of it the library covers. docs/interop.md renders it as a table, so an
 * organisation can show which parts of its complaint process the library carries.
 *
 * @see anchors.md §3 (ISO 10002 stages and principles)
 */
export const ISO_10002: readonly Iso10002Item[] = Object.freeze([
  item({
    id: 'communication',
    kind: 'stage',
    clause: '7.1',
    title: { id: 'Komunikasi', en: 'Communication' },
    expects: {
      id: 'Mengumumkan cara dan tempat menyampaikan pengaduan.',
      en: 'Make known how and where to complain.',
    },
    coverage: 'partial',
    states: [],
    events: [],
    clocks: [],
    features: ['ChannelSchema', 'open311Services', 'open311ServiceDefinition'],
  }),
  item({
    id: 'receipt',
    kind: 'stage',
    clause: '7.2',
    title: { id: 'Penerimaan pengaduan', en: 'Receipt of complaint' },
    expects: {
      id: 'Mencatat pengaduan dengan nomor unik, data pengadu dan penyelesaian yang diminta.',
      en: 'Record the complaint with a unique identifier, the complainant’s details and the remedy sought.',
    },
    coverage: 'library',
    states: ['submitted'],
    events: ['complaint.submitted'],
    clocks: ['uu25.filing_window'],
    features: ['ComplaintSchema', 'fromOpen311Request', 'startComplaint'],
  }),
  item({
    id: 'tracking',
    kind: 'stage',
    clause: '7.3',
    title: { id: 'Pelacakan', en: 'Tracking' },
    expects: {
      id: 'Melacak pengaduan sampai selesai dan memberi status terkini bila diminta dan pada tenggat yang ditetapkan.',
      en: 'Track the complaint to its end and give its current status on request and at pre-set deadlines.',
    },
    coverage: 'library',
    states: OPEN_STATES,
    events: ['sla.breach_recorded'],
    clocks: [],
    features: ['viewComplaint', 'nextWakeUp', 'toOpen311Request', 'toLaporStatus'],
  }),
  item({
    id: 'acknowledgement',
    kind: 'stage',
    clause: '7.4',
    title: { id: 'Tanda terima', en: 'Acknowledgement of complaint' },
    expects: { id: 'Mengakui setiap pengaduan dengan segera.', en: 'Acknowledge each complaint promptly.' },
    coverage: 'library',
    states: ['submitted', 'screening'],
    events: ['complaint.received'],
    clocks: ['uu25.receipt', 'sp4n.verification'],
    features: ['ReceiptSchema'],
  }),
  item({
    id: 'initial_assessment',
    kind: 'stage',
    clause: '7.5',
    title: { id: 'Penilaian awal', en: 'Initial assessment' },
    expects: {
      id: 'Menilai tingkat, dampak dan kerumitan pengaduan, dan kebutuhan tindakan segera.',
      en: 'Assess severity, impact and complexity, and the need for immediate action.',
    },
    coverage: 'library',
    states: ['screening', 'awaitingCompletion', 'onHold', 'referred', 'archived', 'fileComplete'],
    events: [
      'file.declared_complete',
      'file.declared_incomplete',
      'file.completed',
      'complaint.held',
      'complaint.resumed',
      'complaint.referred',
      'complaint.archived',
    ],
    clocks: ['uu25.response', 'uu25.completion', 'sp4n.verification'],
    features: ['proposeClassification', 'missingFormalRequirements', 'tieredLocalPolicy'],
  }),
  item({
    id: 'investigation',
    kind: 'stage',
    clause: '7.6',
    title: { id: 'Pemeriksaan', en: 'Investigation of complaints' },
    expects: {
      id: 'Memeriksa pengaduan secara wajar, sebanding dengan beratnya.',
      en: 'Investigate with reasonable effort, in proportion to the complaint’s seriousness.',
    },
    coverage: 'library',
    states: ['dispositioned', 'examination'],
    events: ['complaint.dispositioned', 'disposition.rejected', 'examination.started'],
    clocks: [
      'uu25.decision',
      'sp4n.followup',
      'local.berkadar_pengawasan',
      'local.tidak_berkadar_pengawasan',
    ],
    features: [],
  }),
  item({
    id: 'response',
    kind: 'stage',
    clause: '7.7',
    title: { id: 'Tanggapan', en: 'Response to complaints' },
    expects: {
      id: 'Memberikan tanggapan atau pemulihan setelah pemeriksaan.',
      en: 'Offer a response or a remedy after the investigation.',
    },
    coverage: 'library',
    states: ['decided', 'awaitingCompensation', 'settled'],
    events: ['followup.posted', 'decision.made', 'compensation.paid'],
    clocks: ['uu25.decision', 'sp4n.followup', 'local.permintaan_informasi'],
    features: ['DecisionSchema'],
  }),
  item({
    id: 'communicating_decision',
    kind: 'stage',
    clause: '7.8',
    title: { id: 'Penyampaian keputusan', en: 'Communicating the decision' },
    expects: {
      id: 'Menyampaikan keputusan kepada pengadu dan pihak yang terlibat.',
      en: 'Tell the complainant and the people concerned the decision.',
    },
    coverage: 'library',
    states: ['awaitingFeedback'],
    events: ['decision.notified', 'followup.posted'],
    clocks: ['uu25.notification'],
    features: ['projectComplaint'],
  }),
  item({
    id: 'closing',
    kind: 'stage',
    clause: '7.9',
    title: { id: 'Penutupan pengaduan', en: 'Closing the complaint' },
    expects: {
      id: 'Menutup bila pengadu menerima; bila tidak, mencatatnya dan memberi tahu jalur lain (internal atau eksternal).',
      en: 'Close when the complainant accepts; if not, record it and tell them of other recourse (internal or external).',
    },
    coverage: 'library',
    states: ['disputed', 'closed', 'withdrawn', 'settled', 'referred', 'archived'],
    events: [
      'complainant.replied',
      'admin.replied',
      'complaint.reopened',
      'complaint.closed',
      'complaint.withdrawn',
      'complaint.escalated',
    ],
    clocks: ['sp4n.auto_close', 'ombudsman.reporting_window'],
    features: [],
  }),
  item({
    id: 'visibility',
    kind: 'principle',
    clause: '4.2',
    title: { id: 'Keterlihatan', en: 'Visibility' },
    expects: {
      id: 'Informasi cara mengadu dipublikasikan kepada pengguna layanan.',
      en: 'How to complain is published to the people served.',
    },
    coverage: 'partial',
    states: [],
    events: [],
    clocks: [],
    features: ['open311Services', 'ChannelSchema'],
  }),
  item({
    id: 'accessibility',
    kind: 'principle',
    clause: '4.3',
    title: { id: 'Keteraksesan', en: 'Accessibility' },
    expects: {
      id: 'Mudah diakses semua pengadu, lewat banyak saluran, dalam bahasa yang dipahami.',
      en: 'Easy to reach for every complainant, through many channels, in a language they read.',
    },
    coverage: 'partial',
    states: [],
    events: ['complaint.submitted'],
    clocks: [],
    features: ['ChannelSchema', 'messagesFor', 'fromOpen311Request', 'NoIdentityReportSchema'],
  }),
  item({
    id: 'responsiveness',
    kind: 'principle',
    clause: '4.4',
    title: { id: 'Ketanggapan', en: 'Responsiveness' },
    expects: {
      id: 'Pengaduan diakui segera dan ditangani sesuai urgensinya.',
      en: 'Complaints are acknowledged at once and handled by their urgency.',
    },
    coverage: 'library',
    states: [],
    events: ['complaint.received', 'sla.breach_recorded'],
    clocks: [
      'uu25.receipt',
      'uu25.response',
      'uu25.decision',
      'uu25.notification',
      'sp4n.verification',
      'sp4n.followup',
    ],
    features: ['evaluateSla', 'nextWakeUp'],
  }),
  item({
    id: 'objectivity',
    kind: 'principle',
    clause: '4.5',
    title: { id: 'Objektivitas', en: 'Objectivity' },
    expects: {
      id: 'Setiap pengaduan ditangani adil dan tidak memihak.',
      en: 'Every complaint is handled fairly and impartially.',
    },
    coverage: 'partial',
    states: [],
    events: [],
    clocks: [],
    features: ['EVENT_PERMISSIONS', 'replayHistory', 'AUDIENCE_RULES'],
  }),
  item({
    id: 'charges',
    kind: 'principle',
    clause: '4.6',
    title: { id: 'Tanpa biaya', en: 'Charges' },
    expects: { id: 'Mengadu tidak dipungut biaya.', en: 'Complaining is free of charge.' },
    coverage: 'host',
    states: [],
    events: [],
    clocks: [],
    features: [],
  }),
  item({
    id: 'confidentiality',
    kind: 'principle',
    clause: '4.7',
    title: { id: 'Kerahasiaan', en: 'Confidentiality' },
    expects: {
      id: 'Identitas pengadu dilindungi dan hanya dipakai untuk menangani pengaduan.',
      en: 'The complainant’s identity is protected and used only to handle the complaint.',
    },
    coverage: 'library',
    states: [],
    events: [],
    clocks: [],
    features: ['projectComplaint', 'AUDIENCE_RULES', 'toOpen311Request'],
  }),
  item({
    id: 'customer_focus',
    kind: 'principle',
    clause: '4.8',
    title: { id: 'Berfokus pada pengadu', en: 'Customer-focused approach' },
    expects: {
      id: 'Terbuka pada masukan dan menunjukkan komitmen menyelesaikan pengaduan.',
      en: 'Open to feedback, committed to resolving complaints.',
    },
    coverage: 'partial',
    states: ['awaitingFeedback', 'disputed'],
    events: ['complainant.replied', 'complaint.reopened'],
    clocks: [],
    features: [],
  }),
  item({
    id: 'accountability',
    kind: 'principle',
    clause: '4.9',
    title: { id: 'Akuntabilitas', en: 'Accountability' },
    expects: {
      id: 'Tanggung jawab atas tindakan dan keputusan ditetapkan dan dilaporkan.',
      en: 'Responsibility for actions and decisions is assigned and reported.',
    },
    coverage: 'library',
    states: [],
    events: ['sla.breach_recorded', 'complaint.escalated'],
    clocks: [],
    features: ['EVENT_PERMISSIONS', 'replayHistory', 'evaluateSla'],
  }),
  item({
    id: 'continual_improvement',
    kind: 'principle',
    clause: '4.10',
    title: { id: 'Perbaikan berkelanjutan', en: 'Continual improvement' },
    expects: {
      id: 'Proses penanganan dan mutu layanan terus diperbaiki.',
      en: 'The complaint process and the services are improved continually.',
    },
    coverage: 'host',
    states: [],
    events: [],
    clocks: [],
    features: [],
  }),
]);
