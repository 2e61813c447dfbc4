/**
 * Plain text of an HTML draft, mapped back to its source, and loss-free edits on it.
 *
 * Pane flow: body = getAsync(Html); draft = extractText(body); analyse draft.text; on
 * "apply": check = verifyPassage(currentBody, draft, f.start, f.end, f.text); if ok,
 * undo.push(currentBody); result = applyEdits(currentBody, check.draft, suggestion.edits);
 * setAsync(result.html). Undo = setAsync(undo.pop()). Plain-text bodies use applyEditsToText.
 */
export { extractText } from './extract';
export { applyEdits, applyEditsToText, escapeReplacement } from './apply';
export { verifyPassage, type PassageCheck } from './verify';
export { UndoStack } from './undo';
export {
  CharKind,
  type ApplyResult,
  type CharKindValue,
  type DraftText,
  type Edit,
  type TextApplyResult,
} from './types';
