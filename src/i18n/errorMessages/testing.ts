import { textsOf } from './textsOf.js';

/**
 * The messages of src/testing in English, in a table of their own so that a bundle takes only the
 * messages of the layers it uses. Keyed by problem, like `./en.ts`.
 */
export const testingMessagesEn = {
  conformance_adapter_expected: () => `expected { submit, act, deadlines } (functions)`,
  vector_policy_expected: () => `expected 'uu25', 'sp4n', 'uu25+sp4n', 'tiered' or 'ombudsman'`,
};

/** The same messages in Bahasa Indonesia: the same keys and parameters. */
export const testingMessagesId: typeof testingMessagesEn = {
  conformance_adapter_expected: () => `diharapkan { submit, act, deadlines } (fungsi)`,
  vector_policy_expected: () => `diharapkan 'uu25', 'sp4n', 'uu25+sp4n', 'tiered' atau 'ombudsman'`,
};

/** The text of one of these messages in Bahasa Indonesia and English. */
export const testingText = /* @__PURE__ */ textsOf(testingMessagesEn, testingMessagesId);
