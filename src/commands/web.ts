/**
 * Entry of the send check in the browser runtimes (dist/commands-web.js, loaded by commands.html in
 * Outlook on the web, new Outlook and Mac): the full engine, with the thread the pane stored.
 * Classic Outlook on Windows loads dist/commands.js instead (classic.ts).
 */
import { analyze } from '../core';
import { createSendHandler } from '../office/sendEvent';

const onMessageSendHandler = createSendHandler({ analyze });

if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  // The name must match FunctionName of the OnMessageSend LaunchEvent in manifest.xml.
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
}
