using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace NewsletterSender
{
    /// <summary>
    /// A newsletter blast: the same mail to every subscriber, from an address nobody reads (SMA006), with no
    /// List-Unsubscribe header (SMA007), as fast as the loop runs (SMA008). Set SMTP_HOST to send for real.
    /// </summary>
    public static class Program
    {
        private static readonly List<string> Subscribers = new List<string>
        {
            "ada@example.com",
            "grace@example.com",
            "linus@example.com",
        };

        public static async Task<int> Main()
        {
            var host = Environment.GetEnvironmentVariable("SMTP_HOST");
            if (string.IsNullOrEmpty(host))
            {
                Console.Error.WriteLine("Set SMTP_HOST (and SMTP_USER, SMTP_PASSWORD) to send the newsletter.");
                return 1;
            }

            using var smtp = new SmtpClient();
            await smtp.ConnectAsync(host, 587, SecureSocketOptions.StartTls);
            await smtp.AuthenticateAsync(Environment.GetEnvironmentVariable("SMTP_USER") ?? "", Environment.GetEnvironmentVariable("SMTP_PASSWORD") ?? "");

            foreach (var subscriber in Subscribers)
            {
                var message = new MimeMessage();
                message.From.Add(new MailboxAddress("Example News", "noreply@example.com"));
                message.To.Add(MailboxAddress.Parse(subscriber));
                message.Subject = "This week's deals";
                message.Body = new TextPart("plain") { Text = "Big savings this week: https://example.com/deals" };
                await smtp.SendAsync(message);
            }

            await smtp.DisconnectAsync(quit: true);
            Console.WriteLine($"Sent to {Subscribers.Count} subscribers.");
            return 0;
        }
    }
}
