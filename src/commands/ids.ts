/**
 * Names shared between the manifest and the send handler. test/manifest.test.ts checks that
 * manifest.xml uses exactly these values.
 */

/** The FunctionName of the OnMessageSend launch event. */
export const SEND_HANDLER_NAME = 'onMessageSendHandler';

/** The id of the compose task pane button; "Review fixes" in the Smart Alerts dialog opens it. */
export const COMPOSE_PANE_COMMAND_ID = 'ReplyCoach.ComposeButton';
