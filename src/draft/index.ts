/** Plain text of an HTML draft, mapped back to its source, and loss-free edits on it. */
export { extractText } from './extract';
export { applyEdits, applyEditsToText, escapeReplacement } from './apply';
export { verifyPassage, type PassageCheck } from './verify';
export { UndoStack } from './undo';
export { CharKind, type ApplyResult, type CharKindValue, type DraftText, type Edit, type TextApplyResult } from './types';
