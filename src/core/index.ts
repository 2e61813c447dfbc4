// Public entry of the analysis engine. Filled in by the engine; the signature is the contract.
import type { Finding } from './types';
import type { EngineSettings } from './settings';

export interface AnalyzeOptions {
  settings?: EngineSettings;
}

export interface AnalyzeResult {
  findings: Finding[];
}

export function analyze(_text: string, _options?: AnalyzeOptions): AnalyzeResult {
  return { findings: [] };
}

export type { Finding, Edit, Suggestion, Severity, Category } from './types';
