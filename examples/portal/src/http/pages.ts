import type { ComplaintView } from 'pengaduan/machine';
import { ComplaintTypeSchema, type FormalComplaint, FormalComplaintSchema } from 'pengaduan/schema';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
  :root { font-family: system-ui, sans-serif; color: #1b1b1b; background: #f6f7f9; }
  body { max-width: 46rem; margin: 0 auto; padding: 1.5rem; line-height: 1.5; }
  header { border-bottom: 3px solid #b00020; margin-bottom: 1rem; }
  h1 { font-size: 1.6rem; margin: 0.2rem 0; }
  fieldset { border: 1px solid #c8ccd2; border-radius: 6px; margin: 0 0 1rem; padding: 0.8rem 1rem; background: #fff; }
  legend { font-weight: 600; padding: 0 0.3rem; }
  label { display: block; font-weight: 600; margin-top: 0.7rem; }
  .hint { font-size: 0.9rem; color: #4a4f57; margin: 0.1rem 0 0.2rem; }
  input[type=text], input[type=tel], input[type=email], input[type=date], select, textarea {
    width: 100%; box-sizing: border-box; padding: 0.45rem; border: 1px solid #8a9099; border-radius: 4px; font: inherit; }
  textarea { min-height: 5rem; }
  .check { display: flex; gap: 0.5rem; align-items: flex-start; margin-top: 0.7rem; font-weight: 400; }
  .check input { margin-top: 0.35rem; }
  [aria-invalid=true] { border-color: #b00020; outline: 2px solid #b00020; }
  .error { color: #b00020; font-size: 0.92rem; margin: 0.2rem 0 0; }
  .error:empty { display: none; }
  #summary { border: 2px solid #b00020; background: #fff3f4; padding: 0.6rem 1rem; border-radius: 6px; }
  #summary[hidden], #receipt[hidden] { display: none; }
  #receipt { border: 2px solid #1b6e2a; background: #eefaf0; padding: 0.8rem 1rem; border-radius: 6px; }
  .number { font-size: 1.3rem; font-weight: 700; letter-spacing: 0.05em; }
  button { font: inherit; font-weight: 600; padding: 0.6rem 1.4rem; border: 0; border-radius: 4px; background: #b00020; color: #fff; cursor: pointer; }
  button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  th, td { text-align: left; border-bottom: 1px solid #d9dce1; padding: 0.35rem 0.5rem; vertical-align: top; }
`;

function layout(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><p>Portal Pengaduan Pelayanan Publik — contoh rujukan</p><h1>${escapeHtml(title)}</h1></header>
<main>
${body}
</main>
<footer><p class="hint">Dasar hukum: UU 25/2009 tentang Pelayanan Publik, Pasal 40–50; praktik SP4N-LAPOR!. <a href="/lacak">Lacak pengaduan</a> · <a href="/">Ajukan pengaduan</a></p></footer>
${script}
</body>
</html>`;
}

// The allowed values come from the schemas themselves (a zod enum's `.options`).
const COMPLAINT_TYPES = ComplaintTypeSchema.options;
const LOSS_KINDS = FormalComplaintSchema.shape.loss.shape.kind.options;

const TYPE_LABELS: Readonly<Record<(typeof COMPLAINT_TYPES)[number], string>> = {
  pengaduan: 'Pengaduan atas pelayanan',
  aspirasi: 'Aspirasi',
  permintaan_informasi: 'Permintaan informasi',
  whistleblowing: 'Pelaporan pelanggaran (whistleblowing)',
};

const LOSS_LABELS: Readonly<Record<FormalComplaint['loss']['kind'], string>> = {
  material: 'Materiil (uang, barang)',
  immaterial: 'Immateriil (waktu, hak, kesempatan)',
  both: 'Materiil dan immateriil',
};

/** A labelled field with its hint and its error slot, tied together with aria-describedby. */
function field(path: string, label: string, control: string, hint?: string): string {
  const id = `f-${path.replaceAll('.', '-')}`;
  const hintHtml = hint === undefined ? '' : `<p class="hint" id="${id}-hint">${hint}</p>`;
  const describedBy = [hint === undefined ? '' : `${id}-hint`, `${id}-error`].filter(Boolean).join(' ');
  return `<label for="${id}">${label}</label>${hintHtml}${control
    .replaceAll('{ID}', id)
    .replaceAll('{PATH}', path)
    .replaceAll('{DESC}', describedBy)}<p class="error" id="${id}-error" data-error-for="${path}"></p>`;
}

const input = (type: string, extra = '') =>
  `<input type="${type}" id="{ID}" name="{PATH}" data-path="{PATH}" aria-describedby="{DESC}" ${extra}>`;
const area = () =>
  `<textarea id="{ID}" name="{PATH}" data-path="{PATH}" aria-describedby="{DESC}"></textarea>`;
const select = (options: readonly (readonly [string, string])[]) =>
  `<select id="{ID}" name="{PATH}" data-path="{PATH}" aria-describedby="{DESC}">${options
    .map(([value, text]) => `<option value="${escapeHtml(value)}">${escapeHtml(text)}</option>`)
    .join('')}</select>`;

/** The public form: a formal complaint with the elements of UU 25/2009 Pasal 42 ayat (3)-(4). */
export function formPage(): string {
  const body = `
<p>Isi formulir ini untuk menyampaikan pengaduan atas pelayanan publik. Tanda terima dengan nomor pelacakan
diberikan segera setelah pengaduan dikirim (UU 25/2009 Pasal 44 ayat (1)–(2)). Kolom bertanda * wajib diisi.</p>
<div id="summary" role="alert" tabindex="-1" hidden><p><strong>Periksa kembali isian berikut:</strong></p><ul id="summary-list"></ul></div>
<div id="receipt" role="status" tabindex="-1" hidden></div>
<form id="complaint-form" novalidate>
<fieldset><legend>Jenis pengaduan</legend>
${field('type', 'Jenis *', select(COMPLAINT_TYPES.map((t) => [t, TYPE_LABELS[t]] as const)))}
</fieldset>
<fieldset><legend>Identitas pengadu (Pasal 42 ayat (3))</legend>
${field('complainant.name', 'Nama lengkap *', input('text', 'autocomplete="name"'))}
${field('complainant.address', 'Alamat *', input('text', 'autocomplete="street-address"'))}
${field('complainant.phone', 'Nomor telepon', input('tel', 'autocomplete="tel"'), 'Contoh: 0812-3456-7890.')}
${field('complainant.email', 'Surel (e-mail)', input('email', 'autocomplete="email"'))}
</fieldset>
<fieldset><legend>Pelayanan yang diadukan</legend>
${field('service.name', 'Nama pelayanan *', input('text'), 'Misalnya: Penerbitan KTP-el, Izin Mendirikan Bangunan.')}
${field('service.receivedOn', 'Tanggal menerima pelayanan', input('date'), 'Pengaduan diajukan paling lambat 30 hari sejak pelayanan diterima (Pasal 42 ayat (2)).')}
${field('service.description', 'Uraian kejadian *', area(), 'Apa yang terjadi, kapan, dan di mana.')}
${field('loss.kind', 'Jenis kerugian *', select(LOSS_KINDS.map((k) => [k, LOSS_LABELS[k]] as const)))}
${field('loss.description', 'Uraian kerugian *', area(), 'Kerugian materiil atau immateriil yang diderita (Pasal 42 ayat (4)).')}
${field('requestedRemedy', 'Penyelesaian yang diharapkan *', area())}
${field('submission.place', 'Tempat pengaduan dibuat *', input('text'), 'Kota atau kabupaten.')}
</fieldset>
<fieldset><legend>Kerahasiaan</legend>
<label class="check"><input type="checkbox" id="f-confidentiality-anonim" data-path="confidentiality.anonim" aria-describedby="f-confidentiality-anonim-hint">
<span><strong>Anonim</strong> — sembunyikan identitas saya.</span></label>
<p class="hint" id="f-confidentiality-anonim-hint">Nama dan kontak Anda tidak ditampilkan kepada publik maupun kepada pihak yang diadukan. Petugas pengelola pengaduan tetap mengetahuinya agar dapat menghubungi Anda.</p>
<label class="check"><input type="checkbox" id="f-confidentiality-rahasia" data-path="confidentiality.rahasia" aria-describedby="f-confidentiality-rahasia-hint">
<span><strong>Rahasia</strong> — isi laporan tidak dipublikasikan.</span></label>
<p class="hint" id="f-confidentiality-rahasia-hint">Isi laporan hanya dapat dilihat oleh petugas yang menanganinya; halaman pelacakan hanya menunjukkan statusnya. Penyelenggara wajib menjaga kerahasiaan identitas pengadu atas permintaannya (UU 25/2009 Pasal 42 ayat (5)).</p>
</fieldset>
<fieldset><legend>Pernyataan</legend>
<label class="check"><input type="checkbox" id="f-submission-signature" data-path="submission.signature" aria-describedby="f-submission-signature-error">
<span>Saya menyatakan isi pengaduan ini benar dan menandatanganinya secara elektronik. *</span></label>
<p class="error" id="f-submission-signature-error" data-error-for="submission.signature"></p>
</fieldset>
<button type="submit">Kirim pengaduan</button>
</form>`;
  return layout('Ajukan pengaduan', body, '<script type="module" src="/assets/form.js"></script>');
}

export type TrackState =
  | { readonly kind: 'ask' }
  | { readonly kind: 'not_found'; readonly number: string }
  | { readonly kind: 'found'; readonly number: string; readonly view: ComplaintView };

const FORMAT = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Asia/Jakarta',
});

/** The tracking page: the public view only (viewComplaint(…, 'public')), server-rendered, no script. */
export function trackPage(state: TrackState): string {
  const value = state.kind === 'ask' ? '' : escapeHtml(state.number);
  const form = `<form method="get" action="/lacak">
<label for="nomor">Nomor tanda terima</label>
<input type="text" id="nomor" name="nomor" value="${value}" autocomplete="off" required>
<p><button type="submit">Lacak</button></p></form>`;
  if (state.kind === 'ask') return layout('Lacak pengaduan', form);
  if (state.kind === 'not_found') {
    return layout(
      'Lacak pengaduan',
      `${form}<p role="alert">Nomor tanda terima <strong>${value}</strong> tidak ditemukan.</p>`,
    );
  }
  const { view } = state;
  const rows = view.timeline
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(FORMAT.format(new Date(entry.at)))}</td><td>${escapeHtml(entry.type)}</td></tr>`,
    )
    .join('');
  if (view.status === undefined) {
    // Rahasia: the library withholds the whole report, status included, from the public.
    const secret = `${form}<section id="public-view" aria-labelledby="status-heading"><h2 id="status-heading">Pengaduan rahasia</h2>
<p>Pengaduan <strong>${value}</strong> terdaftar. Isi dan statusnya dirahasiakan atas permintaan pengadu dan hanya dapat dilihat oleh pengadu dan petugas yang menanganinya.</p></section>`;
    return layout('Lacak pengaduan', secret);
  }
  const report =
    view.report === undefined ? '' : `<h2>Pelayanan</h2><p>${escapeHtml(view.report.service.name)}</p>`;
  const body = `${form}
<section aria-labelledby="status-heading" id="public-view">
<h2 id="status-heading">Status: ${escapeHtml(view.status.label?.id ?? view.status.state)}</h2>
<p>Nomor: <strong>${value}</strong></p>
${report}
<h2>Riwayat</h2>
<table><thead><tr><th scope="col">Waktu (WIB)</th><th scope="col">Peristiwa</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
  return layout('Lacak pengaduan', body);
}
