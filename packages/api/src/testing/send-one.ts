/**
 * Sends one message as a worker would, in a process of its own that a test can kill midway:
 * `node --import tsx send-one.ts '{"url":…,"setting":…,"message":…}'`.
 */
import type { OutgoingMail } from '@whatworks/db';
import { smtpSender, type SenderSetting } from '../mail/mail-sender.js';

const { url, setting, message } = JSON.parse(process.argv[2] ?? '{}') as {
	url: string;
	setting: SenderSetting;
	message: OutgoingMail;
};
const sender = smtpSender(url, setting);
await sender.send(message);
sender.close();
