// Everything that reads and analyses a draft. The pane loads it as a chunk of its own, in
// parallel with its first paint, so the header and a spinner show before the engine has loaded.
export { analyze, RULE_INFO, threadContextFrom } from '../core';
export { applyEdits, applyEditsToText, extractText } from '../draft';
export { parseDraft, parseDraftHtml } from '../thread/parse';
