using System;
using System.Collections.Generic;

namespace SocialAutomation.Analyzers.Benchmarks.Corpus
{
    /// <summary>
    /// Bot code on the libraries the catalog covers, one shape per template: handlers that answer people (never
    /// flagged), and the anti-patterns the rules look for (a DM on join, a send per subscriber, no-reply senders,
    /// bulk mail without unsubscribe, schedules every minute, follow churn). Each template is a namespace with its
    /// own usings, so libraries with clashing type names (IScheduler, SmtpClient) can share a file.
    /// </summary>
    internal static class BotTemplates
    {
        public static readonly IReadOnlyList<Func<string, string>> All = new Func<string, string>[]
        {
            TelegramWelcome, TelegramBroadcast, MailKitNewsletter, SendGridMail, HangfireJobs, CoravelJobs,
            QuartzJobs, DiscordNetBot, DSharpPlusBot, HostedPoster, TwilioBlast, MastodonFollower,
        };

        private static string TelegramWelcome(string id) => $$"""
            namespace Bots{{id}}.Welcome
            {
                using System;
                using System.Threading;
                using System.Threading.Tasks;
                using Telegram.Bot;
                using Telegram.Bot.Polling;
                using Telegram.Bot.Types;
                using Telegram.Bot.Types.Enums;

                public sealed class GroupBot{{id}}
                {
                    private readonly ITelegramBotClient _bot;

                    public GroupBot{{id}}(ITelegramBotClient bot) => _bot = bot;

                    public void Start(CancellationToken cancellationToken)
                    {
                        var options = new ReceiverOptions { AllowedUpdates = new[] { UpdateType.Message } };
                        _bot.StartReceiving(HandleUpdateAsync, HandleErrorAsync, options, cancellationToken);
                    }

                    private async Task HandleUpdateAsync(ITelegramBotClient bot, Update update, CancellationToken cancellationToken)
                    {
                        if (update.Message is not { } message)
                        {
                            return;
                        }

                        if (message.NewChatMembers is { Length: > 0 } newMembers)
                        {
                            foreach (var member in newMembers)
                            {
                                await bot.SendMessage(member.Id, "Welcome! Our shop: https://example.com/promo", cancellationToken: cancellationToken);
                            }

                            return;
                        }

                        await AnswerAsync(bot, message, cancellationToken);
                    }

                    private static async Task AnswerAsync(ITelegramBotClient bot, Message message, CancellationToken cancellationToken)
                    {
                        if (message.Text is not { } text)
                        {
                            return;
                        }

                        var answer = Commands{{id}}.Reply(text);
                        await bot.SendMessage(message.Chat.Id, answer, replyParameters: message, cancellationToken: cancellationToken);
                    }

                    private static Task HandleErrorAsync(ITelegramBotClient bot, Exception exception, HandleErrorSource source, CancellationToken cancellationToken)
                    {
                        Console.Error.WriteLine($"{source}: {exception.Message}");
                        return Task.CompletedTask;
                    }
                }

                public static class Commands{{id}}
                {
                    public static string Reply(string text) => text.Trim().ToLowerInvariant() switch
                    {
                        "/help" => "Ask me anything about the group; I answer here.",
                        "/rules" => "Be kind. No spam.",
                        var other when other.StartsWith("/price", StringComparison.Ordinal) => "Prices are on the pinned message.",
                        _ => "Thanks for writing! Someone from the team will follow up in this chat.",
                    };
                }
            }
            """;

        private static string TelegramBroadcast(string id) => $$"""
            namespace Bots{{id}}.Broadcast
            {
                using System;
                using System.Collections.Generic;
                using System.Linq;
                using System.Threading;
                using System.Threading.Tasks;
                using Telegram.Bot;

                public sealed record Subscriber{{id}}(long ChatId, string Name, bool Active);

                public sealed class Announcer{{id}}
                {
                    private readonly ITelegramBotClient _bot;
                    private readonly List<Subscriber{{id}}> _subscribers = new List<Subscriber{{id}}>();

                    public Announcer{{id}}(ITelegramBotClient bot) => _bot = bot;

                    public void Add(long chatId, string name) => _subscribers.Add(new Subscriber{{id}}(chatId, name, true));

                    public async Task PushDealAsync(string deal, CancellationToken cancellationToken)
                    {
                        foreach (var subscriber in _subscribers.Where(s => s.Active))
                        {
                            await _bot.SendMessage(subscriber.ChatId, $"Hi {subscriber.Name}! {deal}", cancellationToken: cancellationToken);
                        }
                    }

                    public async Task PostToChannelAsync(string channel, string text, CancellationToken cancellationToken)
                    {
                        await _bot.SendMessage(channel, text, cancellationToken: cancellationToken);
                    }

                    public async Task NotifyPacedAsync(string text, CancellationToken cancellationToken)
                    {
                        for (var i = 0; i < _subscribers.Count; i++)
                        {
                            await _bot.SendMessage(_subscribers[i].ChatId, text, cancellationToken: cancellationToken);
                            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                        }
                    }
                }
            }
            """;

        private static string MailKitNewsletter(string id) => $$"""
            namespace Bots{{id}}.Newsletter
            {
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using MailKit.Net.Smtp;
                using MailKit.Security;
                using MimeKit;

                public sealed class Newsletter{{id}}
                {
                    private readonly List<string> _subscribers = new List<string> { "ada@example.com", "grace@example.com" };

                    public async Task SendIssueAsync(string host, string subject, string body)
                    {
                        using var smtp = new SmtpClient();
                        await smtp.ConnectAsync(host, 587, SecureSocketOptions.StartTls);
                        foreach (var subscriber in _subscribers)
                        {
                            var message = new MimeMessage();
                            message.From.Add(new MailboxAddress("Example News", "noreply@example.com"));
                            message.To.Add(MailboxAddress.Parse(subscriber));
                            message.Subject = subject;
                            message.Body = new TextPart("plain") { Text = body };
                            await smtp.SendAsync(message);
                        }

                        await smtp.DisconnectAsync(true);
                    }

                    public async Task SendReceiptAsync(string host, string customer, string text)
                    {
                        using var smtp = new SmtpClient();
                        await smtp.ConnectAsync(host, 587, SecureSocketOptions.StartTls);
                        var message = new MimeMessage();
                        message.From.Add(new MailboxAddress("Shop", "orders@example.com"));
                        message.ReplyTo.Add(new MailboxAddress("Support", "support@example.com"));
                        message.To.Add(MailboxAddress.Parse(customer));
                        message.Subject = "Your receipt";
                        message.Body = new TextPart("plain") { Text = text };
                        await smtp.SendAsync(message);
                        await smtp.DisconnectAsync(true);
                    }
                }
            }
            """;

        private static string SendGridMail(string id) => $$"""
            namespace Bots{{id}}.Mailer
            {
                using System.Collections.Generic;
                using System.Linq;
                using System.Threading.Tasks;
                using SendGrid;
                using SendGrid.Helpers.Mail;

                public sealed class Mailer{{id}}
                {
                    private readonly SendGridClient _client;

                    public Mailer{{id}}(string apiKey) => _client = new SendGridClient(apiKey);

                    public Task<Response> WelcomeAsync(string email, string name)
                    {
                        var from = new EmailAddress("hello@example.com", "Example");
                        var message = MailHelper.CreateSingleEmail(from, new EmailAddress(email, name), "Welcome", "Thanks for signing up.", "<p>Thanks for signing up.</p>");
                        return _client.SendEmailAsync(message);
                    }

                    public Task<Response> PromotionAsync(IEnumerable<string> emails)
                    {
                        var from = new EmailAddress("no-reply@example.com", "Deals");
                        var recipients = emails.Select(e => new EmailAddress(e)).ToList();
                        var message = MailHelper.CreateSingleEmailToMultipleRecipients(from, recipients, "Deals", "Big savings", "<b>Big savings</b>");
                        return _client.SendEmailAsync(message);
                    }
                }
            }
            """;

        private static string HangfireJobs(string id) => $$"""
            namespace Bots{{id}}.Recurring
            {
                using System.Threading.Tasks;
                using Hangfire;
                using Telegram.Bot;

                public sealed class ChannelPoster{{id}}
                {
                    private readonly ITelegramBotClient _bot;

                    public ChannelPoster{{id}}(ITelegramBotClient bot) => _bot = bot;

                    public Task PostAsync() => Announce("Check out our product!");

                    public Task DigestAsync() => Announce("This week's digest: https://example.com/digest");

                    private Task Announce(string text) => _bot.SendMessage(-100123, text);
                }

                public static class Jobs{{id}}
                {
                    public static void Register()
                    {
                        RecurringJob.AddOrUpdate<ChannelPoster{{id}}>("promo-{{id}}", p => p.PostAsync(), Cron.Minutely());
                        RecurringJob.AddOrUpdate<ChannelPoster{{id}}>("digest-{{id}}", p => p.DigestAsync(), Cron.Weekly());
                    }
                }
            }
            """;

        private static string CoravelJobs(string id) => $$"""
            namespace Bots{{id}}.Scheduled
            {
                using System;
                using System.Threading.Tasks;
                using Coravel.Invocable;
                using Coravel.Scheduling.Schedule.Interfaces;
                using Telegram.Bot;

                public sealed class PostPromotion{{id}} : IInvocable
                {
                    private readonly ITelegramBotClient _bot;

                    public PostPromotion{{id}}(ITelegramBotClient bot) => _bot = bot;

                    public async Task Invoke()
                    {
                        await _bot.SendMessage("@channel{{id}}", $"Flash sale, {DateTime.UtcNow:HH:mm} UTC: https://example.com/sale");
                    }
                }

                public sealed class CleanCache{{id}} : IInvocable
                {
                    public Task Invoke() => Task.CompletedTask;
                }

                public static class Schedule{{id}}
                {
                    public static void Configure(IScheduler scheduler)
                    {
                        scheduler.Schedule<PostPromotion{{id}}>().EveryMinute();
                        scheduler.Schedule<CleanCache{{id}}>().EveryMinute();
                        scheduler.Schedule<PostPromotion{{id}}>().DailyAtHour(9);
                    }
                }
            }
            """;

        private static string QuartzJobs(string id) => $$"""
            namespace Bots{{id}}.Triggers
            {
                using System;
                using System.Threading;
                using System.Threading.Tasks;
                using Quartz;
                using Telegram.Bot;

                public sealed class PromoJob{{id}} : IJob
                {
                    private readonly ITelegramBotClient _bot;

                    public PromoJob{{id}}(ITelegramBotClient bot) => _bot = bot;

                    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
                    {
                        await _bot.SendMessage(-100123, "Today's deal!", cancellationToken: cancellationToken);
                    }
                }

                public static class Setup{{id}}
                {
                    public static async Task RunAsync(IScheduler scheduler)
                    {
                        IJobDetail job = JobBuilder.Create<PromoJob{{id}}>().WithIdentity("promo-{{id}}").Build();
                        ITrigger trigger = TriggerBuilder.Create()
                            .WithIdentity("promo-trigger-{{id}}")
                            .StartNow()
                            .WithSimpleSchedule(x => x.WithInterval(TimeSpan.FromSeconds(30)).RepeatForever())
                            .Build();
                        await scheduler.ScheduleJob(job, trigger);
                    }
                }
            }
            """;

        private static string DiscordNetBot(string id) => $$"""
            namespace Bots{{id}}.Guild
            {
                using System.Threading.Tasks;
                using Discord;
                using Discord.WebSocket;

                public sealed class GuildBot{{id}}
                {
                    public void Wire(DiscordSocketClient client)
                    {
                        client.UserJoined += OnJoined;
                        client.UserJoined += async user => await user.Guild.SystemChannel.SendMessageAsync($"Welcome {user.Mention}!");
                        client.MessageReceived += async message =>
                        {
                            if (message.Author.IsBot)
                            {
                                return;
                            }

                            await message.Channel.SendMessageAsync(Answer(message.Content));
                        };
                    }

                    private Task OnJoined(SocketGuildUser user) => Onboard(user);

                    private Task Onboard(IUser user) => user.SendMessageAsync("Welcome aboard! Read the rules and grab a discount: https://example.com");

                    private static string Answer(string text) => text.Length > 200 ? "That is a long one; a moderator will read it." : "Thanks, noted.";
                }
            }
            """;

        private static string DSharpPlusBot(string id) => $$"""
            namespace Bots{{id}}.Members
            {
                using System.Threading.Tasks;
                using DSharpPlus;
                using DSharpPlus.EventArgs;

                public sealed class MemberBot{{id}}
                {
                    public void Wire(DiscordClient client)
                    {
                        client.GuildMemberAdded += OnMemberAdded;
                        client.MessageCreated += async (sender, e) =>
                        {
                            if (e.Author.IsBot)
                            {
                                return;
                            }

                            await e.Message.RespondAsync("Thanks for your message!");
                        };
                    }

                    private async Task OnMemberAdded(DiscordClient sender, GuildMemberAddEventArgs e)
                    {
                        await e.Member.SendMessageAsync("Welcome! Check our store.");
                    }
                }
            }
            """;

        private static string HostedPoster(string id) => $$"""
            namespace Bots{{id}}.Hosted
            {
                using System;
                using System.Threading;
                using System.Threading.Tasks;
                using Microsoft.Extensions.Hosting;
                using Telegram.Bot;

                public sealed class MinutePoster{{id}} : BackgroundService
                {
                    private readonly ITelegramBotClient _bot;

                    public MinutePoster{{id}}(ITelegramBotClient bot) => _bot = bot;

                    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                    {
                        while (!stoppingToken.IsCancellationRequested)
                        {
                            await _bot.SendMessage("@deals{{id}}", "Deal of the minute!", cancellationToken: stoppingToken);
                            await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
                        }
                    }
                }
            }
            """;

        private static string TwilioBlast(string id) => $$"""
            namespace Bots{{id}}.Sms
            {
                using System.Collections.Generic;
                using Twilio;
                using Twilio.Rest.Api.V2010.Account;
                using Twilio.Types;

                public sealed class SmsBlast{{id}}
                {
                    public void Send(string sid, string token, IEnumerable<string> numbers)
                    {
                        TwilioClient.Init(sid, token);
                        foreach (var number in numbers)
                        {
                            MessageResource.Create(to: new PhoneNumber(number), from: new PhoneNumber("+15005550006"), body: "Sale today only!");
                        }
                    }
                }
            }
            """;

        private static string MastodonFollower(string id) => $$"""
            namespace Bots{{id}}.Growth
            {
                using System.Linq;
                using System.Threading.Tasks;
                using Mastonet;

                public sealed class Growth{{id}}
                {
                    private readonly MastodonClient _client;

                    public Growth{{id}}(MastodonClient client) => _client = client;

                    public async Task FollowTopicAsync(string topic, string me)
                    {
                        var accounts = await _client.SearchAccounts(topic, 40);
                        foreach (var account in accounts.Where(a => a.FollowersCount > 100))
                        {
                            await _client.Follow(account.Id);
                        }

                        var following = await _client.GetAccountFollowing(me);
                        foreach (var account in following)
                        {
                            await _client.Unfollow(account.Id);
                        }
                    }

                    public Task PostAsync(string text) => _client.PublishStatus(text);
                }
            }
            """;
    }
}
