/**
 * The public form's script, bundled for the browser by esbuild (http/clientBundle.ts). It validates
 * with the very `safeParseComplaint` the server uses, so a message seen here is the message the server
 * would send, in Bahasa Indonesia.
 */
import type { LocalizedIssue } from 'pengaduan/schema';
import { safeParseComplaint } from 'pengaduan/schema';

const form = document.getElementById('complaint-form') as HTMLFormElement;
const summary = document.getElementById('summary') as HTMLElement;
const summaryList = document.getElementById('summary-list') as HTMLUListElement;
const receipt = document.getElementById('receipt') as HTMLElement;

type Json = Record<string, unknown>;

function setPath(target: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Json;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** The form as the request body: empty fields left out, the two flags as booleans, the signature as a statement. */
function collect(): Json {
  const body: Json = { filing: 'formal' };
  for (const element of Array.from(
    form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-path]'),
  )) {
    const path = element.dataset.path as string;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      if (path === 'submission.signature') {
        if (element.checked) setPath(body, path, { kind: 'electronic' });
      } else {
        setPath(body, path, element.checked);
      }
      continue;
    }
    const value = element.value.trim();
    if (value !== '') setPath(body, path, value);
  }
  body.submission ??= {};
  return body;
}

function fieldFor(path: readonly (string | number)[]): HTMLElement | null {
  for (let length = path.length; length > 0; length--) {
    const key = path.slice(0, length).join('.');
    // A missing group (`service`) is shown at its first field (`service.name`).
    const element =
      form.querySelector<HTMLElement>(`[data-path="${CSS.escape(key)}"]`) ??
      form.querySelector<HTMLElement>(`[data-path^="${CSS.escape(`${key}.`)}"]`);
    if (element !== null) return element;
  }
  return null;
}

function clearIssues(): void {
  summary.hidden = true;
  summaryList.replaceChildren();
  for (const slot of Array.from(form.querySelectorAll<HTMLElement>('[data-error-for]')))
    slot.textContent = '';
  for (const element of Array.from(form.querySelectorAll('[aria-invalid]')))
    element.removeAttribute('aria-invalid');
}

function showIssues(issues: readonly LocalizedIssue[]): void {
  clearIssues();
  for (const issue of issues) {
    const element = fieldFor(issue.path);
    const item = document.createElement('li');
    if (element !== null) {
      element.setAttribute('aria-invalid', 'true');
      const slot = form.querySelector<HTMLElement>(
        `[data-error-for="${CSS.escape(element.dataset.path ?? '')}"]`,
      );
      if (slot !== null && slot.textContent === '') slot.textContent = issue.message;
      const link = document.createElement('a');
      link.href = `#${element.id}`;
      link.textContent = issue.message;
      item.append(link);
    } else {
      item.textContent = issue.message;
    }
    summaryList.append(item);
  }
  summary.hidden = false;
  summary.focus();
}

function showReceipt(result: {
  receiptNumber: string;
  trackingUrl: string;
  status?: { label?: { id: string } };
}): void {
  form.hidden = true;
  receipt.replaceChildren();
  const heading = document.createElement('h2');
  heading.textContent = 'Pengaduan Anda telah diterima';
  const number = document.createElement('p');
  number.innerHTML = 'Nomor tanda terima: <span class="number" id="receipt-number"></span>';
  (number.querySelector('#receipt-number') as HTMLElement).textContent = result.receiptNumber;
  const status = document.createElement('p');
  status.textContent = `Status: ${result.status?.label?.id ?? ''}. Simpan nomor ini untuk melacak pengaduan Anda.`;
  const link = document.createElement('a');
  link.href = result.trackingUrl;
  link.textContent = 'Lacak pengaduan ini';
  receipt.append(heading, number, status, link);
  receipt.hidden = false;
  receipt.focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = collect();
  // The server stamps the channel and the instant; the browser adds them only to validate the same record.
  const local = safeParseComplaint(
    { ...body, channel: 'web', submission: { ...(body.submission as Json), at: new Date().toISOString() } },
    { locale: 'id' },
  );
  if (!local.success) {
    showIssues(local.issues);
    return;
  }
  const response = await fetch('/api/complaints', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'id' },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (response.status === 201) {
    clearIssues();
    showReceipt(answer);
  } else {
    showIssues(
      answer.error?.issues ?? [
        { path: [], code: 'invalid', field: '', message: answer.error?.message ?? 'Gagal mengirim.' },
      ],
    );
  }
});
