using System.Threading.Tasks;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using static SocialAutomation.Analyzers.Tests.Rules.HighFrequencyPostingVerify;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class HighFrequencyPostingDelayLoopTests
    {
        [Fact]
        public async Task LoopsPacedOnlyByAShortDelay_AreFlaggedAndFixed()
        {
            const string source = @"
using System;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;

public class PromoWorker
{
    private readonly ITelegramBotClient _bot;
    public PromoWorker(ITelegramBotClient bot) => _bot = bot;

    public async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _bot.SendMessage(""@deals"", ""Limited offer"", cancellationToken: stoppingToken);
            await Task.Delay({|SMA009:TimeSpan.FromMinutes(1)|}, stoppingToken);
        }
    }

    public async Task SpamAsync()
    {
        while (true)
        {
            await PostAsync();
            await Task.Delay({|SMA009:60000|});
        }
    }

    public void Blocking()
    {
        for (;;)
        {
            PostAsync().Wait();
            Thread.Sleep({|SMA009:5000|});
        }
    }

    private Task PostAsync() => _bot.SendMessage(""@deals"", ""Limited offer"");
}
";
            const string fixedSource = @"
using System;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;

public class PromoWorker
{
    private readonly ITelegramBotClient _bot;
    public PromoWorker(ITelegramBotClient bot) => _bot = bot;

    public async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _bot.SendMessage(""@deals"", ""Limited offer"", cancellationToken: stoppingToken);
            await Task.Delay(TimeSpan.FromMinutes(15), stoppingToken);
        }
    }

    public async Task SpamAsync()
    {
        while (true)
        {
            await PostAsync();
            await Task.Delay(900000);
        }
    }

    public void Blocking()
    {
        for (;;)
        {
            PostAsync().Wait();
            Thread.Sleep(900000);
        }
    }

    private Task PostAsync() => _bot.SendMessage(""@deals"", ""Limited offer"");
}
";
            await CodeFixAsync(source, fixedSource, Libraries.TelegramBot);
        }

        [Fact]
        public async Task SlowPollingFanOutCleanupAndConfiguredLoops_AreNotFlagged()
        {
            const string source = @"
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;

public class Worker
{
    private readonly ITelegramBotClient _bot;
    private readonly List<string> _cache = new();
    public Worker(ITelegramBotClient bot) => _bot = bot;

    public async Task HourlyAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await _bot.SendMessage(""@deals"", ""Hourly digest"");
            await Task.Delay(TimeSpan.FromHours(1), ct);
        }
    }

    public async Task AnswerAsync(CancellationToken ct)
    {
        var offset = 0;
        while (!ct.IsCancellationRequested)
        {
            foreach (var update in await _bot.GetUpdates(offset))
            {
                offset = update.Id + 1;
                await _bot.SendMessage(update.Message!.Chat, ""Thanks!"");
            }

            await Task.Delay(1000, ct);
        }
    }

    public async Task NotifyAsync(IEnumerable<long> subscribers)
    {
        foreach (var chat in subscribers)
        {
            await _bot.SendMessage(chat, ""Your order shipped"");
            await Task.Delay(50);
        }
    }

    public async Task CleanAsync()
    {
        while (true)
        {
            _cache.Clear();
            await Task.Delay(1000);
        }
    }

    public async Task ConfiguredAsync(TimeSpan interval)
    {
        while (true)
        {
            await _bot.SendMessage(""@deals"", ""Deal"");
            await Task.Delay(interval);
        }
    }

    public async Task TwoPausesAsync(CancellationToken ct)
    {
        while (true)
        {
            await _bot.SendMessage(""@deals"", ""Deal"");
            await Task.Delay(1000, ct);
            await Task.Delay(TimeSpan.FromHours(2), ct);
        }
    }
}
";
            await AnalyzerAsync(source, Libraries.TelegramBot);
        }

        [Fact]
        public async Task WithoutAnySocialLibrary_ADelayLoopIsNotFlagged()
        {
            const string source = @"
using System.Threading.Tasks;

public class Heartbeat
{
    public async Task RunAsync()
    {
        while (true)
        {
            System.Console.WriteLine(""alive"");
            await Task.Delay(1000);
        }
    }
}
";
            await Verify<HighFrequencyPostingAnalyzer>.AnalyzerAsync(source);
        }
    }
}
