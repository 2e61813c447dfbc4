/**
 * Entry of the event runtime (dist/commands.js). Classic Outlook on Windows loads this file
 * alone in a JavaScript-only runtime and never runs Office.onReady for event handlers, so the
 * handler is registered at the top level. The browser runtimes load it from commands.html.
 */
import { analyze } from '../core';
import { createSendHandler } from '../office/sendEvent';

const onMessageSendHandler = createSendHandler({ analyze });

if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  // The name must match FunctionName of the OnMessageSend LaunchEvent in manifest.xml.
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
}
