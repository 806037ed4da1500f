using System.Threading.Tasks;
using SocialAutomation.Analyzers.CodeFixes;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class BulkEmailWithoutUnsubscribeFixTests
    {
        private const string Key = BulkEmailWithoutUnsubscribeCodeFixProvider.AddListUnsubscribeKey;

        [Fact]
        public Task SystemNetMail_AddsHeaderAfterCreation_FixAllInEveryLoop() => Verify<BulkEmailWithoutUnsubscribeAnalyzer, BulkEmailWithoutUnsubscribeCodeFixProvider>.CodeFixAsync(@"
using System.Collections.Generic;
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new MailMessage(""Acme News <news@acme.com>"", subscriber, ""News"", ""Hello"");
            {|SMA007:smtp.Send(message)|};
        }
    }

    void Remind(SmtpClient smtp, string[] members)
    {
        foreach (var member in members)
        {
            var reminder = new MailMessage();
            reminder.From = new MailAddress(""events@acme.com"");
            reminder.To.Add(member);
            {|SMA007:smtp.Send(reminder)|};
        }
    }
}", @"
using System.Collections.Generic;
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new MailMessage(""Acme News <news@acme.com>"", subscriber, ""News"", ""Hello"");
            message.Headers.Add(""List-Unsubscribe"", ""<mailto:news@acme.com?subject=unsubscribe>"");
            smtp.Send(message);
        }
    }

    void Remind(SmtpClient smtp, string[] members)
    {
        foreach (var member in members)
        {
            var reminder = new MailMessage();
            reminder.From = new MailAddress(""events@acme.com"");
            reminder.Headers.Add(""List-Unsubscribe"", ""<mailto:events@acme.com?subject=unsubscribe>"");
            reminder.To.Add(member);
            smtp.Send(reminder);
        }
    }
}", Key);

        [Fact]
        public Task MimeKit_AddsHeaderAfterFrom() => Verify<BulkEmailWithoutUnsubscribeAnalyzer, BulkEmailWithoutUnsubscribeCodeFixProvider>.CodeFixAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MimeKit;
class Newsletter
{
    async Task Send(SmtpClient smtp, IEnumerable<InternetAddress> subscribers)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(""Acme"", ""news@acme.com""));
        message.Bcc.AddRange(subscribers);
        message.Subject = ""News"";
        await {|SMA007:smtp.SendAsync(message)|};
    }
}", @"
using System.Collections.Generic;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MimeKit;
class Newsletter
{
    async Task Send(SmtpClient smtp, IEnumerable<InternetAddress> subscribers)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(""Acme"", ""news@acme.com""));
        message.Headers.Add(""List-Unsubscribe"", ""<mailto:news@acme.com?subject=unsubscribe>"");
        message.Bcc.AddRange(subscribers);
        message.Subject = ""News"";
        await smtp.SendAsync(message);
    }
}", Key, Libraries.MimeKit, Libraries.MailKit);

        [Fact]
        public Task SendGrid_AddsGlobalHeader_FixAllInDocument() => Verify<BulkEmailWithoutUnsubscribeAnalyzer, BulkEmailWithoutUnsubscribeCodeFixProvider>.CodeFixAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;
class Newsletter
{
    const string From = ""news@acme.com"";

    async Task Weekly(ISendGridClient client, List<EmailAddress> subscribers)
    {
        var from = new EmailAddress(From, ""Acme"");
        var message = MailHelper.CreateSingleEmailToMultipleRecipients(from, subscribers, ""Weekly"", ""Hello"", null);
        await {|SMA007:client.SendEmailAsync(message)|};
    }

    async Task Each(SendGridClient client, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new SendGridMessage();
            message.SetFrom(""offers@acme.com"", ""Acme"");
            message.AddTo(subscriber);
            await {|SMA007:client.SendEmailAsync(message)|};
        }
    }
}", @"
using System.Collections.Generic;
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;
class Newsletter
{
    const string From = ""news@acme.com"";

    async Task Weekly(ISendGridClient client, List<EmailAddress> subscribers)
    {
        var from = new EmailAddress(From, ""Acme"");
        var message = MailHelper.CreateSingleEmailToMultipleRecipients(from, subscribers, ""Weekly"", ""Hello"", null);
        message.AddGlobalHeader(""List-Unsubscribe"", ""<mailto:news@acme.com?subject=unsubscribe>"");
        await client.SendEmailAsync(message);
    }

    async Task Each(SendGridClient client, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new SendGridMessage();
            message.SetFrom(""offers@acme.com"", ""Acme"");
            message.AddGlobalHeader(""List-Unsubscribe"", ""<mailto:offers@acme.com?subject=unsubscribe>"");
            message.AddTo(subscriber);
            await client.SendEmailAsync(message);
        }
    }
}", Key, Libraries.SendGrid);

        [Fact]
        public Task NoFix_WhenSenderUnknownOrNoReply() => Verify<BulkEmailWithoutUnsubscribeAnalyzer, BulkEmailWithoutUnsubscribeCodeFixProvider>.CodeFixAsync(@"
using System.Collections.Generic;
using System.Net.Mail;
class Newsletter
{
    void FromSettings(SmtpClient smtp, IEnumerable<string> subscribers, string sender)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new MailMessage(sender, subscriber);
            {|SMA007:smtp.Send(message)|};
        }
    }

    void FromNoReply(SmtpClient smtp, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new MailMessage(""noreply@acme.com"", subscriber);
            {|SMA007:smtp.Send(message)|};
        }
    }

    void Inline(SmtpClient smtp, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            {|SMA007:smtp.Send(new MailMessage(""news@acme.com"", subscriber))|};
        }
    }
}", @"
using System.Collections.Generic;
using System.Net.Mail;
class Newsletter
{
    void FromSettings(SmtpClient smtp, IEnumerable<string> subscribers, string sender)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new MailMessage(sender, subscriber);
            {|SMA007:smtp.Send(message)|};
        }
    }

    void FromNoReply(SmtpClient smtp, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new MailMessage(""noreply@acme.com"", subscriber);
            {|SMA007:smtp.Send(message)|};
        }
    }

    void Inline(SmtpClient smtp, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            {|SMA007:smtp.Send(new MailMessage(""news@acme.com"", subscriber))|};
        }
    }
}", Key);
    }
}
