/** One account e-mail: plain text only, so every client shows the link as it is. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}
