export type {
  Actor,
  ActorRole,
  ArchiveReason,
  CloseReason,
  DecisionOutcome,
  EscalationTarget,
  History,
  HistoryEvent,
  HistoryEventBase,
  HistoryEventOf,
  HistoryEventType,
  NoData,
  ReplyKind,
} from './types.js';
export { HISTORY_EVENT_TYPES } from './types.js';
