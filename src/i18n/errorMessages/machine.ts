import type { LocalizedText } from '../types.js';
import { textsOf } from './textsOf.js';

/** " (unit X)" for a per-unit clock, so that two units' notices can be told apart (both languages). */
function forUnit(unitId: string | number | undefined): string {
  return unitId === undefined ? '' : ` (unit ${unitId})`;
}

/**
 * The messages of src/machine in English, in a table of their own so that a bundle takes only the
 * messages of the layers it uses. Keyed by problem, like `./en.ts`: the refusals of options and
 * arguments, the reasons a transition is refused (`TransitionRefusedError.why`), the words a message
 * uses for a role, an event type or a state that has no label, and the instructions of the effects
 * (`effect_…`, by effect kind). Roles, event types, states and data values are passed as
 * `{ id, en }`: the Indonesian message names them with an officer's words, the English one with the
 * codes.
 */
export const machineMessagesEn = {
  // Options and arguments.
  machine_options_expected: () => `expected an options object { policy, calendar? }`,
  options_unreadable: () => `the options object cannot be read`,
  policy_expected: () => `expected a policy, e.g. uu25Policy`,
  engine_options_expected: () => `expected an options object { calendar? }`,
  on_effect_expected: () => `expected a function that receives each effect`,
  machine_input_expected: () =>
    `the complaint machine needs input { submission, zone } (use startComplaint, or createActor(machine, { input }))`,
  known_state_expected: () => `expected a known complaint state (see COMPLAINT_STATES)`,
  role_expected: (p: { readonly roleList: string | number }) => `expected one of the roles: ${p.roleList}`,
  escalation_target_expected: (p: { readonly targets: string | number }) =>
    `expected null or one of the escalation targets: ${p.targets}`,
  untrusted_actor_expected: () =>
    `expected the actor from the host’s authentication, e.g. { role: "complainant", id: "akun-88213" }, not the system (system events are recorded with applyEvent)`,
  server_now_expected: () =>
    `expected the server’s clock as an ISO 8601 instant with an offset, e.g. new Date().toISOString()`,
  replay_history_expected: () => `expected an array of history events, starting with complaint.submitted`,
  snapshot_unreadable: () => `the snapshot cannot be read: reading one of its members failed`,

  // Why an event is refused.
  sla_tick_shape: () => `sla.tick must be { type, at } with at an ISO 8601 instant with an offset`,
  event_schema_mismatch: (p: { readonly detail: LocalizedText }) =>
    `the event does not match HistoryEventSchema${p.detail.en}`,
  role_may_not_send: (p: { readonly role: LocalizedText; readonly event: LocalizedText }) =>
    `role ${p.role.en} may not send ${p.event.en}`,
  role_may_not_send_permitted: (p: {
    readonly role: LocalizedText;
    readonly event: LocalizedText;
    readonly permitted: LocalizedText;
  }) => `role ${p.role.en} may not send ${p.event.en}; allowed: ${p.permitted.en}`,
  state_refuses_event: (p: { readonly state: LocalizedText; readonly event: LocalizedText }) =>
    `state ${p.state.en} does not accept ${p.event.en}`,
  state_refuses_event_now: (p: { readonly state: LocalizedText; readonly event: LocalizedText }) =>
    `state ${p.state.en} does not accept ${p.event.en} as it stands`,
  event_id_conflict: (p: { readonly eventId: string | number }) =>
    `an event with id ${p.eventId} is already in the history with other content`,
  reserved_event_id: (p: { readonly prefix: string | number }) =>
    `event ids starting with "${p.prefix}" are reserved for records the library writes`,
  complaint_ended: (p: { readonly state: LocalizedText }) => `the complaint has ended (${p.state.en})`,
  lapsed_first: (p: { readonly at: string | number; readonly endsAs: LocalizedText }) =>
    `before ${p.at} the complaint had already ended (${p.endsAs.en}) because a limit ran out; deliver sla.tick to record it`,
  request_body_expected: () => `the request body must be an object { type, data?, id }`,
  stamped_fields: (p: { readonly field: string | number; readonly field2?: string | number }) =>
    `${p.field}${p.field2 === undefined ? '' : ` and ${p.field2}`} may not be sent: the server sets the time and the actor`,
  system_event_only: () =>
    `only the system (the deadline scheduler) records this event; it cannot be sent from outside`,
  idempotency_id_required: () =>
    `id is required: the idempotency key (e.g. a UUID the client makes per submission) so that a resubmission is not recorded twice`,
  reserved_request_id: (p: { readonly prefix: string | number }) =>
    `ids starting with "${p.prefix}" are reserved for records the library writes`,
  history_must_start_with_submission: () => `a history must start with complaint.submitted`,
  history_refusal_at: (p: { readonly index: string | number; readonly why: LocalizedText }) =>
    `history [${p.index}]: ${p.why.en}`,
  complaint_starts_with_submission: () => `a complaint starts with complaint.submitted`,
  complaint_submitted_by: (p: { readonly permitted: LocalizedText }) =>
    `a complaint is submitted by: ${p.permitted.en}`,
  out_of_order: (p: { readonly at: string | number; readonly lastAt: string | number }) =>
    `the event's instant ${p.at} is before the last event (${p.lastAt}); the history only grows forward`,
  unit_already_active: (p: { readonly unitId: string | number }) =>
    `unit ${p.unitId} already holds this disposition`,
  unit_mismatch: (p: { readonly unitId: string | number; readonly actorUnitId: string | number }) =>
    `the actor acts for unit ${p.actorUnitId}, not ${p.unitId}`,
  unit_not_active: (p: { readonly unitId: string | number; readonly active: string | number }) =>
    `unit ${p.unitId} holds no disposition; active units: ${p.active === '' ? '-' : p.active}`,
  deemed_lapsed_only_while_waiting: () =>
    `reason deemed_lapsed only applies while waiting for the file to be completed (UU 25/2009 Pasal 44(5))`,
  withdrawal_recorded_by: (p: { readonly permitted: LocalizedText }) =>
    `a withdrawal by the complainant is recorded by: ${p.permitted.en}`,
  deemed_withdrawal_recorded_by: (p: { readonly permitted: LocalizedText }) =>
    `a deemed withdrawal is only recorded by: ${p.permitted.en}`,
  completion_limit_not_due: (p: { readonly at: string | number }) =>
    `the limit to complete the file (Pasal 44(4)) has not run out at ${p.at}`,
  settled_by_compensation: () =>
    `a complaint with compensation is settled by compensation.paid, not complaint.closed`,
  close_reason_roles: (p: { readonly reason: LocalizedText; readonly permitted: LocalizedText }) =>
    `closing with reason ${p.reason.en} is only for: ${p.permitted.en}`,
  no_reply_limit_not_due: (p: { readonly at: string | number }) =>
    `the no-reply limit has not run out at ${p.at}`,
  disputed_close_administrative: () =>
    `a disputed complaint can only be closed administratively by a supervisor (reason administrative)`,
  administrative_closure_roles: (p: { readonly permitted: LocalizedText }) =>
    `administrative closure is only for: ${p.permitted.en}`,
  breach_already_recorded: (p: { readonly clockKey: string | number }) =>
    `the breach of ${p.clockKey} is already recorded`,
  clock_not_breached: (p: {
    readonly clockKey: string | number;
    readonly at: string | number;
    readonly policyId: string | number;
  }) => `clock ${p.clockKey} is not breached at ${p.at} under policy ${p.policyId}`,
  ombudsman_escalation_first: () =>
    `record the escalation to the Ombudsman first (complaint.escalated with to: ombudsman)`,
  reply_comment_only: (p: { readonly replyKind: string | number }) =>
    `a reply of kind ${p.replyKind} only applies once a follow-up or decision was delivered; here only comment`,

  // How a message names what has no label.
  unknown_event_type_label: () => `unknown`,
  unrecognised_event_type_label: (p: { readonly shown: string | number }) => `${p.shown}`,
  before_submission_label: () => `none`,
  state_label: (p: { readonly label: LocalizedText; readonly stateId: string | number }) => `${p.stateId}`,

  // The instructions of the effects, by effect kind.
  effect_issue_receipt: () =>
    `Issue the receipt (tanda terima): complainant identity, description, place and time received, officer name and signature.`,
  effect_send_receipt: (p: { readonly receiptNumber?: string | number }) =>
    `Send the receipt${p.receiptNumber === undefined ? '' : ` ${p.receiptNumber}`} to the complainant; the response on completeness follows.`,
  effect_file_complete: () => `Tell the complainant the file is complete; the limit to decide starts.`,
  effect_file_incomplete: (p: { readonly missing: string | number }) =>
    `Tell the complainant the file is incomplete (${p.missing}); they must complete it within 30 days of receiving the response, or the complaint is deemed withdrawn.`,
  effect_notify_hold: (p: { readonly holdReason: string | number }) =>
    `Tell the complainant the complaint is on hold: ${p.holdReason}`,
  effect_send_referral: (p: { readonly agency: string | number }) =>
    `Forward the complaint to ${p.agency}, the competent agency, and tell the complainant.`,
  effect_notify_archived: (p: { readonly reason: LocalizedText }) =>
    `Tell the complainant the complaint was archived (reason: ${p.reason.en}).`,
  effect_send_disposition: (p: { readonly unit: string | number; readonly unitKind: string | number }) =>
    `Send the disposition to ${p.unit} (${p.unitKind}) for follow-up.`,
  effect_reroute_disposition: (p: {
    readonly unitId: string | number;
    readonly rejection: string | number;
  }) =>
    `Unit ${p.unitId} sent the disposition back (${p.rejection}); route the complaint to the competent unit.`,
  effect_disposition_rejected_others: (p: {
    readonly unitId: string | number;
    readonly rejection: string | number;
    readonly remaining: string | number;
  }) =>
    `Unit ${p.unitId} sent the disposition back (${p.rejection}); ${p.remaining} other unit(s) still handle it.`,
  effect_publish_followup: (p: { readonly unitId: string | number; readonly summary: string | number }) =>
    `Deliver the follow-up of ${p.unitId} to the complainant: ${p.summary}`,
  effect_send_decision_notice: (p: {
    readonly outcome: LocalizedText;
    readonly amount?: string | number;
    readonly payBy?: LocalizedText;
  }) =>
    `Deliver the decision (${p.outcome.en}) and its copy to the complainant within 14 days of the decision${p.payBy === undefined ? '' : `, including compensation of ${p.amount} payable by ${p.payBy.en}`}.`,
  effect_pay_compensation: (p: { readonly amount: string | number; readonly payBy: LocalizedText }) =>
    `Pay the compensation of ${p.amount} by ${p.payBy.en} as decided.`,
  effect_respond_to_dispute: () =>
    `The complainant disputes the answer: reopen the handling, answer the dispute, or ask a supervisor to close it with a reason.`,
  effect_notify_closed: (p: { readonly reason: LocalizedText }) =>
    `Tell the complainant the complaint is closed (reason: ${p.reason.en}).`,
  effect_notify_deemed_withdrawn: () =>
    `Tell the complainant the file was not completed in time, so the complaint is deemed withdrawn.`,
  effect_confirm_withdrawn: () => `Confirm to the complainant that the complaint was withdrawn.`,
  effect_notify_escalation: (p: { readonly target: LocalizedText }) =>
    `Escalation to ${p.target.en} recorded; the provider's duties continue.`,
  effect_send_breach_notice: (p: {
    readonly title: LocalizedText;
    readonly unitId?: string | number;
    readonly due?: LocalizedText;
    readonly sanction?: LocalizedText;
  }) =>
    `Limit missed: ${p.title.en}${forUnit(p.unitId)}${p.due === undefined ? '' : ` (due ${p.due.en})`}.${p.sanction === undefined ? '' : ` Sanction: ${p.sanction.en}`}`,
  effect_send_reminder: (p: {
    readonly title: LocalizedText;
    readonly unitId?: string | number;
    readonly due?: LocalizedText;
  }) => `Reminder: ${p.title.en}${forUnit(p.unitId)}${p.due === undefined ? '' : ` is due ${p.due.en}`}.`,
};

/** The same messages in Bahasa Indonesia: the same keys and parameters. */
export const machineMessagesId: typeof machineMessagesEn = {
  machine_options_expected: () => `diharapkan objek opsi { policy, calendar? }`,
  options_unreadable: () => `objek opsi tidak dapat dibaca`,
  policy_expected: () => `diharapkan kebijakan, mis. uu25Policy`,
  engine_options_expected: () => `diharapkan objek opsi { calendar? }`,
  on_effect_expected: () => `diharapkan fungsi yang menerima setiap efek`,
  machine_input_expected: () =>
    `mesin pengaduan perlu input { submission, zone } (gunakan startComplaint, atau createActor(mesin, { input }))`,
  known_state_expected: () => `diharapkan status pengaduan yang dikenal (lihat COMPLAINT_STATES)`,
  role_expected: (p) => `diharapkan salah satu peran: ${p.roleList}`,
  escalation_target_expected: (p) => `diharapkan null atau salah satu tujuan eskalasi: ${p.targets}`,
  untrusted_actor_expected: () =>
    `diharapkan pelaku dari autentikasi host, mis. { role: "complainant", id: "akun-88213" }, bukan sistem (peristiwa sistem dicatat dengan applyEvent)`,
  server_now_expected: () =>
    `diharapkan jam server sebagai waktu ISO 8601 dengan zona, mis. new Date().toISOString()`,
  replay_history_expected: () => `diharapkan larik peristiwa riwayat, dimulai dengan pengajuan pengaduan`,
  snapshot_unreadable: () => `snapshot tidak dapat dibaca: salah satu anggotanya gagal dibaca`,

  sla_tick_shape: () => `sla.tick harus berbentuk { type, at } dengan at berupa waktu ISO 8601 ber-offset`,
  event_schema_mismatch: (p) => `peristiwa tidak sesuai skema peristiwa riwayat${p.detail.id}`,
  role_may_not_send: (p) => `peran ${p.role.id} tidak boleh mengirim ${p.event.id}`,
  role_may_not_send_permitted: (p) =>
    `peran ${p.role.id} tidak boleh mengirim ${p.event.id}; yang boleh: ${p.permitted.id}`,
  state_refuses_event: (p) => `status ${p.state.id} tidak menerima ${p.event.id}`,
  state_refuses_event_now: (p) => `status ${p.state.id} tidak menerima ${p.event.id} dalam keadaan ini`,
  event_id_conflict: (p) =>
    `peristiwa dengan id ${p.eventId} sudah ada di riwayat dengan isi yang berbeda (jenis, pelaku, atau data)`,
  reserved_event_id: (p) =>
    `id peristiwa yang diawali "${p.prefix}" dicadangkan untuk catatan yang ditulis pustaka`,
  complaint_ended: (p) => `pengaduan sudah berakhir (${p.state.id})`,
  lapsed_first: (p) =>
    `sebelum ${p.at} pengaduan sudah berakhir (${p.endsAs.id}) karena batas waktu lewat; jalankan pemeriksaan batas waktu terjadwal (sla.tick) untuk mencatatnya`,
  request_body_expected: () => `isi permintaan harus berupa objek { type, data?, id }`,
  stamped_fields: (p) =>
    `${p.field}${p.field2 === undefined ? '' : ` dan ${p.field2}`} tidak boleh dikirim: waktu dan pelaku ditetapkan oleh server`,
  system_event_only: () =>
    `peristiwa ini hanya dicatat oleh sistem (penjadwal batas waktu), tidak dapat dikirim dari luar`,
  idempotency_id_required: () =>
    `id wajib diisi: kunci idempotensi (mis. UUID yang dibuat klien per pengiriman) agar pengiriman ulang tidak tercatat dua kali`,
  reserved_request_id: (p) => `id yang diawali "${p.prefix}" dicadangkan untuk catatan yang ditulis pustaka`,
  history_must_start_with_submission: () => `riwayat harus dimulai dengan pengajuan pengaduan`,
  history_refusal_at: (p) => `riwayat [${p.index}]: ${p.why.id}`,
  complaint_starts_with_submission: () =>
    `pengaduan dimulai dengan pengajuan pengaduan (complaint.submitted)`,
  complaint_submitted_by: (p) => `pengaduan diajukan oleh: ${p.permitted.id}`,
  out_of_order: (p) =>
    `waktu peristiwa ${p.at} lebih awal dari peristiwa terakhir (${p.lastAt}); riwayat hanya bertambah ke depan`,
  unit_already_active: (p) => `unit ${p.unitId} sudah memegang disposisi ini`,
  unit_mismatch: (p) => `aktor bertindak untuk unit ${p.actorUnitId}, bukan ${p.unitId}`,
  unit_not_active: (p) =>
    `unit ${p.unitId} tidak memegang disposisi; unit aktif: ${p.active === '' ? '-' : p.active}`,
  deemed_lapsed_only_while_waiting: () =>
    `anggapan dicabut hanya berlaku saat menunggu kelengkapan berkas (UU 25/2009 Pasal 44 ayat (5))`,
  withdrawal_recorded_by: (p) => `pencabutan oleh pengadu dicatat oleh: ${p.permitted.id}`,
  deemed_withdrawal_recorded_by: (p) => `anggapan dicabut hanya dicatat oleh: ${p.permitted.id}`,
  completion_limit_not_due: (p) =>
    `batas waktu melengkapi berkas (Pasal 44 ayat (4)) belum lewat pada ${p.at}`,
  settled_by_compensation: () =>
    `aduan dengan ganti rugi selesai melalui pembayaran ganti rugi, bukan penutupan`,
  close_reason_roles: (p) => `penutupan dengan alasan "${p.reason.id}" hanya oleh: ${p.permitted.id}`,
  no_reply_limit_not_due: (p) => `batas waktu tanpa balasan belum lewat pada ${p.at}`,
  disputed_close_administrative: () =>
    `aduan yang dibantah hanya dapat ditutup secara administratif oleh atasan`,
  administrative_closure_roles: (p) => `penutupan administratif hanya oleh: ${p.permitted.id}`,
  breach_already_recorded: (p) => `pelanggaran ${p.clockKey} sudah tercatat`,
  clock_not_breached: (p) => `jam ${p.clockKey} tidak terlanggar pada ${p.at} menurut kebijakan yang dipakai`,
  ombudsman_escalation_first: () => `catat dulu eskalasi ke Ombudsman`,
  reply_comment_only: () =>
    `balasan yang menerima atau membantah hanya berlaku setelah tindak lanjut atau keputusan disampaikan; di sini hanya komentar`,

  unknown_event_type_label: () => `tanpa jenis yang dikenal`,
  unrecognised_event_type_label: (p) => `${p.shown} (jenis tidak dikenal)`,
  before_submission_label: () => `awal (sebelum pengajuan)`,
  state_label: (p) => `"${p.label.id}"`,

  effect_issue_receipt: () =>
    `Berikan tanda terima pengaduan (identitas pengadu, uraian, tempat dan waktu penerimaan, nama dan tanda tangan petugas).`,
  effect_send_receipt: (p) =>
    `Sampaikan tanda terima${p.receiptNumber === undefined ? '' : ` ${p.receiptNumber}`} kepada pengadu; tanggapan atas kelengkapan menyusul.`,
  effect_file_complete: () =>
    `Sampaikan kepada pengadu bahwa berkas pengaduan lengkap; batas waktu memutuskan mulai berjalan.`,
  effect_file_incomplete: (p) =>
    `Sampaikan kepada pengadu bahwa materi aduan tidak lengkap (${p.missing}); pengadu melengkapinya paling lambat 30 hari sejak menerima tanggapan, jika tidak dianggap mencabut pengaduan.`,
  effect_notify_hold: (p) => `Beri tahu pengadu bahwa pengaduan ditunda: ${p.holdReason}`,
  effect_send_referral: (p) =>
    `Teruskan pengaduan kepada ${p.agency} sebagai instansi yang berwenang, dan beri tahu pengadu.`,
  effect_notify_archived: (p) => `Beri tahu pengadu bahwa pengaduan diarsipkan (alasan: ${p.reason.id}).`,
  effect_send_disposition: (p) => `Kirim disposisi kepada ${p.unit} (${p.unitKind}) untuk ditindaklanjuti.`,
  effect_reroute_disposition: (p) =>
    `Unit ${p.unitId} menolak disposisi (${p.rejection}); disposisikan ulang ke unit yang berwenang.`,
  effect_disposition_rejected_others: (p) =>
    `Unit ${p.unitId} menolak disposisi (${p.rejection}); ${p.remaining} unit lain masih menanganinya.`,
  effect_publish_followup: (p) => `Sampaikan tindak lanjut ${p.unitId} kepada pengadu: ${p.summary}`,
  effect_send_decision_notice: (p) =>
    `Sampaikan keputusan (${p.outcome.id}) dan tembusannya kepada pengadu paling lambat 14 hari sejak diputuskan${p.payBy === undefined ? '' : `, termasuk ganti rugi ${p.amount} dan batas pembayarannya ${p.payBy.id}`}.`,
  effect_pay_compensation: (p) =>
    `Bayar ganti rugi ${p.amount} paling lambat ${p.payBy.id} sesuai keputusan.`,
  effect_respond_to_dispute: () =>
    `Pengadu membantah jawaban: buka kembali penanganan, jawab bantahannya, atau minta atasan menutupnya dengan alasan.`,
  effect_notify_closed: (p) => `Beri tahu pengadu bahwa pengaduan ditutup (alasan: ${p.reason.id}).`,
  effect_notify_deemed_withdrawn: () =>
    `Beri tahu pengadu bahwa berkas tidak dilengkapi dalam batas waktu sehingga pengadu dianggap mencabut pengaduannya.`,
  effect_confirm_withdrawn: () => `Konfirmasi kepada pengadu bahwa pengaduan telah dicabut.`,
  effect_notify_escalation: (p) =>
    `Eskalasi ke ${p.target.id} tercatat; kewajiban penyelenggara tetap berjalan.`,
  effect_send_breach_notice: (p) =>
    `Batas waktu terlewati: ${p.title.id}${forUnit(p.unitId)}${p.due === undefined ? '' : ` (jatuh tempo ${p.due.id})`}.${p.sanction === undefined ? '' : ` Sanksi: ${p.sanction.id}`}`,
  effect_send_reminder: (p) =>
    `Pengingat: ${p.title.id}${forUnit(p.unitId)}${p.due === undefined ? '' : ` jatuh tempo ${p.due.id}`}.`,
};

/** The text of one of these messages in Bahasa Indonesia and English. */
export const machineText = /* @__PURE__ */ textsOf(machineMessagesEn, machineMessagesId);
