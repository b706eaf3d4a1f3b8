import { cliMessagesEn, cliMessagesId } from './cli.js';
import { complianceMessagesEn, complianceMessagesId } from './compliance.js';
import { errorMessagesEn } from './en.js';
import { errorMessagesId } from './id.js';
import { instantMessagesEn, instantMessagesId } from './instant.js';
import { interopMessagesEn, interopMessagesId } from './interop.js';
import { machineMessagesEn, machineMessagesId } from './machine.js';
import { rulesMessagesEn, rulesMessagesId } from './rules.js';
import { slaMessagesEn, slaMessagesId } from './sla.js';
import { snapshotMessagesEn, snapshotMessagesId } from './snapshot.js';
import { testingMessagesEn, testingMessagesId } from './testing.js';
import { viewsMessagesEn, viewsMessagesId } from './views.js';

type AnyTable = Readonly<Record<string, (params: never) => string>>;

/**
 * Every pair of message tables, by name: the shared one (`./en.ts`, `./id.ts`: the error classes'
 * frames, the calendar, the holiday data, the schema) and one per layer above it. For the tests, which
 * check them all; the library itself imports each table where it is used.
 */
export const ERROR_MESSAGE_TABLES: Readonly<
  Record<string, { readonly en: AnyTable; readonly id: AnyTable }>
> = {
  shared: { en: errorMessagesEn, id: errorMessagesId },
  instant: { en: instantMessagesEn, id: instantMessagesId },
  rules: { en: rulesMessagesEn, id: rulesMessagesId },
  sla: { en: slaMessagesEn, id: slaMessagesId },
  views: { en: viewsMessagesEn, id: viewsMessagesId },
  machine: { en: machineMessagesEn, id: machineMessagesId },
  compliance: { en: complianceMessagesEn, id: complianceMessagesId },
  interop: { en: interopMessagesEn, id: interopMessagesId },
  testing: { en: testingMessagesEn, id: testingMessagesId },
  cli: { en: cliMessagesEn, id: cliMessagesId },
  snapshot: { en: snapshotMessagesEn, id: snapshotMessagesId },
};
