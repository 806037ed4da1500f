using System;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace TelegramWelcomeBot
{
    /// <summary>
    /// A group bot with two habits. It sends every new member a private welcome with a promotion link (SMA001: the
    /// automatic DM the article condemns; SMA005: its link), and it answers people who write to it (reply-driven: never flagged).
    /// Set TELEGRAM_BOT_TOKEN to run it against a real bot.
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main()
        {
            var token = Environment.GetEnvironmentVariable("TELEGRAM_BOT_TOKEN");
            if (string.IsNullOrEmpty(token))
            {
                Console.Error.WriteLine("Set TELEGRAM_BOT_TOKEN to run the bot.");
                return 1;
            }

            var bot = new TelegramBotClient(token);
            using var stop = new CancellationTokenSource();
            var options = new ReceiverOptions { AllowedUpdates = new[] { UpdateType.Message } };
            bot.StartReceiving(HandleUpdateAsync, HandleErrorAsync, options, stop.Token);

            Console.WriteLine("Polling for updates. Press Enter to stop.");
            Console.ReadLine();
            stop.Cancel();
            await Task.Yield();
            return 0;
        }

        private static async Task HandleUpdateAsync(ITelegramBotClient bot, Update update, CancellationToken cancellationToken)
        {
            if (update.Message is not { } message)
            {
                return;
            }

            if (message.NewChatMembers is { Length: > 0 } newMembers)
            {
                // Bad: a private message nobody asked for, sent because someone joined (SMA001).
                foreach (var member in newMembers)
                {
                    await bot.SendMessage(member.Id, "Welcome! Check out https://example.com/promo");
                }

                return;
            }

            await AnswerAsync(bot, message, cancellationToken);
        }

        // Good: reply-driven. The bot answers what a person wrote, in the chat where they wrote it.
        private static async Task AnswerAsync(ITelegramBotClient bot, Message message, CancellationToken cancellationToken)
        {
            if (message.Text is not { } text)
            {
                return;
            }

            var answer = text.Trim() == "/help"
                ? "Ask me anything about the group; I answer here."
                : "Thanks for writing! Someone from the team will follow up in this chat.";
            await bot.SendMessage(message.Chat.Id, answer, replyParameters: message, cancellationToken: cancellationToken);
        }

        private static Task HandleErrorAsync(ITelegramBotClient bot, Exception exception, HandleErrorSource source, CancellationToken cancellationToken)
        {
            Console.Error.WriteLine($"{source}: {exception.Message}");
            return Task.CompletedTask;
        }
    }
}
