/**
 * Entry of classic Outlook's send script (dist/commands.js). Classic Outlook on Windows loads this
 * file alone, on every send, in a JavaScript-only runtime that never runs Office.onReady for event
 * handlers, so the handler is registered at the top level. To stay within the script's 60 KB budget
 * it carries the send core (src/core/sendCore.ts); the other rules' findings come from the pane.
 */
import { SEND_CORE_RULE_IDS, analyzeSendCore } from '../core/sendCore';
import { createSendHandler } from '../office/sendEvent';

const onMessageSendHandler = createSendHandler({ analyze: analyzeSendCore, partialRuleIds: SEND_CORE_RULE_IDS });

if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  // The name must match FunctionName of the OnMessageSend LaunchEvent in manifest.xml.
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
}
