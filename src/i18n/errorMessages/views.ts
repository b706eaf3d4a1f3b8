import { textsOf } from './textsOf.js';

/**
 * The messages of src/views in English, in a table of their own so that a bundle takes only the
 * messages of the layers it uses. Keyed by problem, like `./en.ts`.
 */
export const viewsMessagesEn = {
  projection_input_expected: () => `expected { complaint, history?, status?, deadlines? }`,
  sla_report_expected: () => `expected an evaluateSla report`,
  status_expected: () => `expected { state, label?, category? }`,
  replacement_text_expected: () => `expected a replacement text`,
};

/** The same messages in Bahasa Indonesia: the same keys and parameters. */
export const viewsMessagesId: typeof viewsMessagesEn = {
  projection_input_expected: () => `diharapkan { complaint, history?, status?, deadlines? }`,
  sla_report_expected: () => `diharapkan laporan evaluateSla`,
  status_expected: () => `diharapkan { state, label?, category? }`,
  replacement_text_expected: () => `diharapkan teks pengganti`,
};

/** The text of one of these messages in Bahasa Indonesia and English. */
export const viewsText = /* @__PURE__ */ textsOf(viewsMessagesEn, viewsMessagesId);
