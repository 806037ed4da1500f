using System.Threading.Tasks;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class BulkEmailWithoutUnsubscribeTests
    {
        // ---- System.Net.Mail ----

        [Fact]
        public Task SystemNetMail_SendPerSubscriber_IsFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new MailMessage(""news@acme.com"", subscriber, ""News"", ""Hello"");
            {|SMA007:smtp.Send(message)|};
        }
    }
}");

        [Fact]
        public Task SystemNetMail_BccFilledInLoop_IsFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Net.Mail;
using System.Threading.Tasks;
class Newsletter
{
    async Task Send(SmtpClient smtp, List<string> subscribers)
    {
        using var message = new MailMessage { From = new MailAddress(""news@acme.com""), Subject = ""News"" };
        for (var i = 0; i < subscribers.Count; i++)
        {
            message.Bcc.Add(new MailAddress(subscribers[i]));
        }

        await {|SMA007:smtp.SendMailAsync(message)|};
    }
}");

        [Fact]
        public Task SystemNetMail_StringSendPerSubscriber_IsFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Linq;
using System.Net.Mail;
using System.Threading.Tasks;
class Newsletter
{
    Task Send(SmtpClient smtp, IEnumerable<string> subscribers)
        => Task.WhenAll(subscribers.Select(s => {|SMA007:smtp.SendMailAsync(""news@acme.com"", s, ""News"", ""Hello"")|}));
}");

        [Fact]
        public Task SystemNetMail_BulkWithListUnsubscribe_IsNotFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new MailMessage(""news@acme.com"", subscriber, ""News"", ""Hello"");
            message.Headers[""list-unsubscribe""] = ""<https://acme.com/unsubscribe?u="" + subscriber + "">"";
            message.Headers.Add(""List-Unsubscribe-Post"", ""List-Unsubscribe=One-Click"");
            smtp.Send(message);
        }
    }
}");

        [Fact]
        public Task SystemNetMail_OtherHeadersOnly_IsFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, string[] subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new MailMessage(""news@acme.com"", subscriber);
            message.Headers.Add(""List-Unsubscribe-Post"", ""List-Unsubscribe=One-Click"");
            message.Headers.Add(""X-Campaign"", ""spring"");
            {|SMA007:smtp.Send(message)|};
        }
    }
}");

        [Fact]
        public Task SystemNetMail_OneTransactionalMessage_IsNotFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Net.Mail;
class PasswordReset
{
    void Send(SmtpClient smtp, string user, string link)
    {
        var message = new MailMessage(""support@acme.com"", user, ""Reset your password"", link);
        message.CC.Add(""audit@acme.com"");
        smtp.Send(message);
    }
}");

        [Fact]
        public Task SystemNetMail_RetryLoopAndFewListedRecipients_IsNotFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Net.Mail;
class Invoice
{
    void Send(SmtpClient smtp, string customer)
    {
        var message = new MailMessage(""billing@acme.com"", customer);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try { smtp.Send(message); break; }
            catch (SmtpException) { }
        }
    }
}");

        [Fact]
        public Task SystemNetMail_MessageBuiltElsewhere_IsNotFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Net.Mail;
class Newsletter
{
    void Send(SmtpClient smtp, IEnumerable<string> subscribers, MailMessage template)
    {
        foreach (var subscriber in subscribers)
        {
            smtp.Send(template);
            var message = Build(subscriber);
            smtp.Send(message);
        }
    }

    MailMessage Build(string to) => new MailMessage(""news@acme.com"", to);
}");

        // ---- MimeKit / MailKit ----

        [Fact]
        public Task MimeKit_SendPerSubscriber_IsFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MimeKit;
class Newsletter
{
    async Task Send(SmtpClient smtp, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(""Acme"", ""news@acme.com""));
            message.To.Add(MailboxAddress.Parse(subscriber));
            await {|SMA007:smtp.SendAsync(message)|};
        }
    }
}", Libraries.MimeKit, Libraries.MailKit);

        [Fact]
        public Task MimeKit_RecipientsFromCollection_IsFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using MailKit;
using MimeKit;
class Newsletter
{
    void Send(IMailTransport transport, IEnumerable<MailboxAddress> subscribers)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(""Acme"", ""news@acme.com""));
        message.Bcc.AddRange(subscribers);
        {|SMA007:transport.Send(message)|};
    }
}", Libraries.MimeKit, Libraries.MailKit);

        [Fact]
        public Task MimeKit_EnvelopeRecipientsFromCollection_IsFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using MailKit.Net.Smtp;
using MimeKit;
class Newsletter
{
    void Send(SmtpClient smtp, List<MailboxAddress> subscribers)
    {
        var sender = new MailboxAddress(""Acme"", ""news@acme.com"");
        var message = new MimeMessage();
        message.From.Add(sender);
        {|SMA007:smtp.Send(message, sender, subscribers)|};
    }
}", Libraries.MimeKit, Libraries.MailKit);

        [Fact]
        public Task MimeKit_BulkWithListUnsubscribe_IsNotFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using MailKit.Net.Smtp;
using MimeKit;
class Newsletter
{
    void Send(SmtpClient smtp, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(""Acme"", ""news@acme.com""));
            message.To.Add(MailboxAddress.Parse(subscriber));
            message.Headers.Add(HeaderId.ListUnsubscribe, ""<https://acme.com/unsubscribe>"");
            message.Headers.Add(new Header(HeaderId.ListUnsubscribePost, ""List-Unsubscribe=One-Click""));
            smtp.Send(message);
        }
    }
}", Libraries.MimeKit, Libraries.MailKit);

        [Fact]
        public Task MimeKit_HeaderObjectNamingListUnsubscribe_IsNotFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using MailKit.Net.Smtp;
using MimeKit;
class Newsletter
{
    void Send(SmtpClient smtp, IEnumerable<InternetAddress> subscribers)
    {
        var message = new MimeMessage();
        message.Bcc.AddRange(subscribers);
        message.Headers.Add(new Header(""List-Unsubscribe"", ""<mailto:news@acme.com?subject=unsubscribe>""));
        smtp.Send(message);
    }
}", Libraries.MimeKit, Libraries.MailKit);

        [Fact]
        public Task MimeKit_OneMessageToOnePerson_IsNotFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using MailKit.Net.Smtp;
using MimeKit;
class Receipt
{
    void Send(SmtpClient smtp, string customer)
    {
        var message = new MimeMessage(new[] { new MailboxAddress(""Acme"", ""billing@acme.com"") }, new[] { MailboxAddress.Parse(customer) }, ""Receipt"", new TextPart(""plain"") { Text = ""Thanks"" });
        smtp.Send(message);
    }
}", Libraries.MimeKit, Libraries.MailKit);

        // ---- SendGrid ----

        [Fact]
        public Task SendGrid_MultipleRecipientsHelper_IsFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;
class Newsletter
{
    async Task Send(ISendGridClient client, List<EmailAddress> subscribers)
    {
        var message = MailHelper.CreateSingleEmailToMultipleRecipients(new EmailAddress(""news@acme.com"", ""Acme""), subscribers, ""News"", ""Hello"", ""<p>Hello</p>"");
        await {|SMA007:client.SendEmailAsync(message)|};
    }
}", Libraries.SendGrid);

        [Fact]
        public Task SendGrid_PersonalizationsAndSendPerSubscriber_AreFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;
class Newsletter
{
    async Task SendOne(SendGridClient client, List<Personalization> personalizations)
    {
        var message = new SendGridMessage { From = new EmailAddress(""news@acme.com""), Personalizations = personalizations };
        await {|SMA007:client.SendEmailAsync(message)|};
    }

    async Task SendEach(SendGridClient client, IEnumerable<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new SendGridMessage();
            message.SetFrom(""news@acme.com"");
            message.AddTo(subscriber);
            await {|SMA007:client.SendEmailAsync(message)|};
        }
    }
}", Libraries.SendGrid);

        [Fact]
        public Task SendGrid_BulkWithUnsubscribeHeaderOrGroup_IsNotFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;
class Newsletter
{
    async Task WithHeader(ISendGridClient client, List<EmailAddress> subscribers)
    {
        var message = MailHelper.CreateSingleEmailToMultipleRecipients(new EmailAddress(""news@acme.com""), subscribers, ""News"", ""Hello"", null);
        message.AddGlobalHeaders(new Dictionary<string, string> { [""List-Unsubscribe""] = ""<https://acme.com/u>"", [""List-Unsubscribe-Post""] = ""List-Unsubscribe=One-Click"" });
        await client.SendEmailAsync(message);
    }

    async Task WithGroup(ISendGridClient client, List<EmailAddress> subscribers)
    {
        var message = MailHelper.CreateSingleEmailToMultipleRecipients(new EmailAddress(""news@acme.com""), subscribers, ""News"", ""Hello"", null);
        message.SetAsm(42);
        await client.SendEmailAsync(message);
    }

    async Task WithTracking(ISendGridClient client, List<EmailAddress> subscribers)
    {
        var message = MailHelper.CreateSingleEmailToMultipleRecipients(new EmailAddress(""news@acme.com""), subscribers, ""News"", ""Hello"", null);
        message.SetSubscriptionTracking(true);
        await client.SendEmailAsync(message);
    }
}", Libraries.SendGrid);

        [Fact]
        public Task SendGrid_OtherGlobalHeadersOrTrackingOff_IsFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;
class Newsletter
{
    async Task Send(ISendGridClient client, List<EmailAddress> subscribers)
    {
        var message = MailHelper.CreateSingleEmailToMultipleRecipients(new EmailAddress(""news@acme.com""), subscribers, ""News"", ""Hello"", null);
        message.AddGlobalHeaders(new Dictionary<string, string> { { ""X-Campaign"", ""spring"" } });
        message.SetSubscriptionTracking(false);
        await {|SMA007:client.SendEmailAsync(message)|};
    }
}", Libraries.SendGrid);

        [Fact]
        public Task SendGrid_SingleEmail_IsNotFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;
class Support
{
    async Task Answer(ISendGridClient client, string customer, string text)
    {
        var message = MailHelper.CreateSingleEmail(new EmailAddress(""jane@acme.com""), new EmailAddress(customer), ""Re: your question"", text, null);
        message.AddTos(new List<EmailAddress> { new EmailAddress(""team@acme.com"") });
        await client.SendEmailAsync(message);
    }
}", Libraries.SendGrid);

        [Fact]
        public Task CodeWithoutMail_IsNotFlagged() => Verify<BulkEmailWithoutUnsubscribeAnalyzer>.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Collections.ObjectModel;
class Lists
{
    void Fill(IEnumerable<string> names)
    {
        var copy = new Collection<string>();
        foreach (var name in names) copy.Add(name);
    }
}");
    }
}
