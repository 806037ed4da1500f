using System;
using System.Threading.Tasks;
using Coravel;
using Coravel.Invocable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telegram.Bot;

namespace ScheduledPoster
{
    /// <summary>
    /// A channel bot on a Coravel schedule that posts a promotion every minute (SMA009: more often than a person
    /// would) and never reads what anyone writes back (SMA003). Set TELEGRAM_BOT_TOKEN and TELEGRAM_CHANNEL to run it.
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            var token = Environment.GetEnvironmentVariable("TELEGRAM_BOT_TOKEN");
            var channel = Environment.GetEnvironmentVariable("TELEGRAM_CHANNEL");
            if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(channel))
            {
                Console.Error.WriteLine("Set TELEGRAM_BOT_TOKEN and TELEGRAM_CHANNEL (for example @mychannel) to run the poster.");
                return 1;
            }

            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddSingleton<ITelegramBotClient>(new TelegramBotClient(token));
            builder.Services.AddSingleton(new ChannelName(channel));
            builder.Services.AddTransient<PostPromotion>();
            builder.Services.AddScheduler();

            using var host = builder.Build();
            host.Services.UseScheduler(scheduler => scheduler.Schedule<PostPromotion>().EveryMinute());
            await host.RunAsync();
            return 0;
        }
    }

    public sealed record ChannelName(string Value);

    /// <summary>The scheduled work: one more promotional post in the channel.</summary>
    public sealed class PostPromotion : IInvocable
    {
        private readonly ITelegramBotClient _bot;
        private readonly ChannelName _channel;

        public PostPromotion(ITelegramBotClient bot, ChannelName channel)
        {
            _bot = bot;
            _channel = channel;
        }

        public async Task Invoke()
        {
            await _bot.SendMessage(_channel.Value, $"Flash sale, {DateTime.UtcNow:HH:mm} UTC: https://example.com/sale");
        }
    }
}
