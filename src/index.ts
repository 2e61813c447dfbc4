// The library: the analysis engine and the thread reader, for any mail client.
export { analyze } from './core';
export type { AnalyzeOptions, AnalyzeResult } from './core';
export type { Category, Edit, Finding, Severity, Suggestion } from './core/types';
export type { EngineSettings, ReplyCoachSettings, WorkSchedule, CustomPhrase } from './core/settings';
export { DEFAULT_SETTINGS, parseSettings } from './core/settings';
export { CATEGORY_LABELS } from './core/categories';
export * from './thread';
