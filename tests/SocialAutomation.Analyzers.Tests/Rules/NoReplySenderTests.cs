using System.Threading.Tasks;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class NoReplySenderTests
    {
        // ---- System.Net.Mail ----

        [Fact]
        public Task SystemNetMail_NoReplyFromInConstructor_IsFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, string to)
    {
        var message = new MailMessage({|SMA006:""noreply@acme.com""|}, to, ""News"", ""Hello"");
        smtp.Send(message);
    }
}");

        [Fact]
        public Task SystemNetMail_NoReplyFromThroughLocalsAndMailAddress_IsFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Net.Mail;
class Newsletter
{
    const string Sender = ""Acme <Do-Not-Reply@acme.com>"";
    void Send(SmtpClient smtp, string to)
    {
        var address = new MailAddress({|SMA006:Sender|});
        var message = new MailMessage();
        message.From = address;
        message.To.Add(to);
        smtp.Send(message);
    }
}");

        [Fact]
        public Task SystemNetMail_NoReplyInObjectInitializer_IsFlaggedOnce() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, string to, string domain)
    {
        var from = new MailAddress({|SMA006:$""no_reply@{domain}""|}, ""Acme"");
        var message = new MailMessage { From = from, Sender = from, Subject = ""News"" };
        smtp.Send(message);
    }
}");

        [Fact]
        public Task SystemNetMail_StringSend_IsFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Net.Mail;
class Alerts
{
    void Send(SmtpClient smtp, string to) => smtp.Send({|SMA006:""noreply@acme.com""|}, to, ""Alert"", ""Disk full"");
}");

        [Fact]
        public Task SystemNetMail_ReplyToPointingToSameNoReply_IsFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, string to)
    {
        var message = new MailMessage({|SMA006:""noreply@acme.com""|}, to);
        message.ReplyToList.Add(new MailAddress(""noreply@acme.com""));
        smtp.Send(message);
    }
}");

        [Fact]
        public Task SystemNetMail_NoReplyFromWithRealReplyTo_IsNotFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, string to)
    {
        var message = new MailMessage(""noreply@acme.com"", to);
        message.ReplyToList.Add(new MailAddress(""support@acme.com"", ""Acme support""));
        smtp.Send(message);
    }
}");

        [Fact]
        public Task SystemNetMail_ReplyToFromConfiguration_IsNotFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, string to, IDictionary<string, string> settings)
    {
        var message = new MailMessage(""noreply@acme.com"", to);
        message.ReplyToList.Add(settings[""Mail:ReplyTo""]);
        smtp.Send(message);
    }
}");

        [Fact]
        public Task SystemNetMail_RealSenderAndNoReplyRecipient_IsNotFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp)
    {
        var message = new MailMessage(""hello@acme.com"", ""noreply@partner.com"");
        message.Bcc.Add(new MailAddress(""noreply@archive.acme.com""));
        smtp.Send(message);
    }
}");

        [Fact]
        public Task NoReplyStringUsedForOtherThings_IsNotFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System;
using System.Net.Mail;
class Filters
{
    bool IsAutomatic(MailMessage incoming) => incoming.From?.Address == ""noreply@acme.com"";
    void Log() => Console.WriteLine(""noreply@acme.com"");
    MailAddress Archive() => new MailAddress(""noreply@acme.com"");
}");

        [Fact]
        public Task SenderFromConfiguration_IsNotFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, string sender, string to) => smtp.Send(new MailMessage(sender, to));
}");

        [Fact]
        public Task MessageHandedToOtherCode_IsNotFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Net.Mail;
class Newsletter
{
    MailMessage Build(string to) => new MailMessage(""noreply@acme.com"", to);

    void Send(SmtpClient smtp, string to)
    {
        var message = new MailMessage(""noreply@acme.com"", to);
        AddReplyTo(message);
        smtp.Send(message);
    }

    void AddReplyTo(MailMessage message) => message.ReplyToList.Add(""support@acme.com"");
}");

        // ---- MimeKit / MailKit ----

        [Fact]
        public Task MimeKit_NoReplyMailbox_IsFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MimeKit;
class Newsletter
{
    async Task Send(SmtpClient smtp, string to)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(""Acme"", {|SMA006:""donotreply@acme.com""|}));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = ""News"";
        await smtp.SendAsync(message);
    }
}", Libraries.MimeKit, Libraries.MailKit);

        [Fact]
        public Task MimeKit_NoReplyInInitializerAndParse_IsFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using MailKit;
using MimeKit;
class Newsletter
{
    void Send(IMailTransport transport, string to)
    {
        var message = new MimeMessage { Sender = MailboxAddress.Parse({|SMA006:""Acme <no-reply+news@acme.com>""|}), From = { InternetAddress.Parse({|SMA006:""noreply@acme.com""|}) } };
        transport.Send(message);
    }
}", Libraries.MimeKit, Libraries.MailKit);

        [Fact]
        public Task MimeKit_NoReplyWithReplyTo_IsNotFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using MailKit.Net.Smtp;
using MimeKit;
class Newsletter
{
    void Send(SmtpClient smtp, string to)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(""Acme"", ""noreply@acme.com""));
        message.ReplyTo.Add(new MailboxAddress(""Jane at Acme"", ""jane@acme.com""));
        message.To.Add(MailboxAddress.Parse(to));
        smtp.Send(message);
    }
}", Libraries.MimeKit, Libraries.MailKit);

        [Fact]
        public Task MimeKit_MonitoredSender_IsNotFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using MailKit.Net.Smtp;
using MimeKit;
class Newsletter
{
    void Send(SmtpClient smtp, string to)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(""Jane"", ""jane@acme.com""));
        message.To.Add(new MailboxAddress(""Reader"", to));
        smtp.Send(message);
    }
}", Libraries.MimeKit, Libraries.MailKit);

        // ---- SendGrid ----

        [Fact]
        public Task SendGrid_NoReplyInMailHelper_IsFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;
class Newsletter
{
    async Task Send(ISendGridClient client, string to)
    {
        var from = new EmailAddress({|SMA006:""noreply@acme.com""|}, ""Acme"");
        var message = MailHelper.CreateSingleEmail(from, new EmailAddress(to), ""News"", ""Hello"", ""<p>Hello</p>"");
        await client.SendEmailAsync(message);
    }
}", Libraries.SendGrid);

        [Fact]
        public Task SendGrid_NoReplyInSetFrom_IsFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;
class Newsletter
{
    async Task Send(SendGridClient client, string to)
    {
        var message = new SendGridMessage();
        message.SetFrom({|SMA006:""NoReply@acme.com""|}, ""Acme"");
        message.AddTo(to);
        await client.SendEmailAsync(message);
    }
}", Libraries.SendGrid);

        [Fact]
        public Task SendGrid_NoReplyWithSetReplyTo_IsNotFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;
class Newsletter
{
    async Task Send(ISendGridClient client, string to)
    {
        var message = MailHelper.CreateSingleEmail(new EmailAddress(""noreply@acme.com""), new EmailAddress(to), ""News"", ""Hello"", null);
        message.SetReplyTo(new EmailAddress(""hello@acme.com"", ""Jane""));
        await client.SendEmailAsync(message);
    }
}", Libraries.SendGrid);

        // ---- options and scope ----

        [Fact]
        public async Task ConfiguredLocalParts_ReplaceTheDefault()
        {
            var test = Verify<NoReplySenderAnalyzer>.Test(@"
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, string to)
    {
        smtp.Send(new MailMessage({|SMA006:""robot@acme.com""|}, to));
        smtp.Send(new MailMessage(""noreply@acme.com"", to));
    }
}");
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\nsocial_automation.no_reply_local_parts = robot, mailer-daemon\n"));
            await test.RunAsync();
        }

        [Fact]
        public Task CodeWithoutMail_IsNotFlagged() => Verify<NoReplySenderAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
class Contacts
{
    readonly List<string> _addresses = new List<string>();
    void Add() => _addresses.Add(""noreply@acme.com"");
}");
    }
}
