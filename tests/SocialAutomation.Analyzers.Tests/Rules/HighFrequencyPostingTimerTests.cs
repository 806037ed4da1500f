using System.Threading.Tasks;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using static SocialAutomation.Analyzers.Tests.Rules.HighFrequencyPostingVerify;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class HighFrequencyPostingTimerTests
    {
        [Fact]
        public async Task PeriodicTimerLoop_IsFlaggedAndFixed()
        {
            const string source = @"
using System;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;

public class PromoService
{
    private readonly ITelegramBotClient _bot;
    public PromoService(ITelegramBotClient bot) => _bot = bot;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer({|SMA009:TimeSpan.FromSeconds(30)|});
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await _bot.SendMessage(""@deals"", ""Deal of the moment"", cancellationToken: stoppingToken);
        }
    }
}
";
            const string fixedSource = @"
using System;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;

public class PromoService
{
    private readonly ITelegramBotClient _bot;
    public PromoService(ITelegramBotClient bot) => _bot = bot;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(15));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await _bot.SendMessage(""@deals"", ""Deal of the moment"", cancellationToken: stoppingToken);
        }
    }
}
";
            await CodeFixAsync(source, fixedSource, Libraries.TelegramBot);
        }

        [Fact]
        public async Task PeriodicTimerField_AwaitedInAnotherMember_IsFlagged()
        {
            const string source = @"
using System;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;

public class PromoService
{
    private readonly PeriodicTimer _timer = new({|SMA009:new TimeSpan(0, 2, 0)|});
    private readonly ITelegramBotClient _bot;
    public PromoService(ITelegramBotClient bot) => _bot = bot;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (await _timer.WaitForNextTickAsync(stoppingToken))
        {
            await PostAsync();
        }
    }

    private Task PostAsync() => _bot.SendMessage(""@deals"", ""Deal of the moment"");
}
";
            await AnalyzerAsync(source, Libraries.TelegramBot);
        }

        [Fact]
        public async Task ThreadingTimerCallbacks_AreFlaggedAndFixed()
        {
            const string source = @"
using System;
using System.Threading;
using Telegram.Bot;

public class PromoService
{
    private readonly ITelegramBotClient _bot;
    private Timer? _lambdaTimer;
    private Timer? _groupTimer;
    public PromoService(ITelegramBotClient bot) => _bot = bot;

    public void Start()
    {
        _lambdaTimer = new Timer(_ => _bot.SendMessage(""@deals"", ""Hello again""), null, 0, {|SMA009:60_000|});
        _groupTimer = new Timer(Post, null, TimeSpan.Zero, {|SMA009:TimeSpan.FromMinutes(5)|});
    }

    private void Post(object? state) => _bot.SendMessage(""@deals"", ""Hello again"");
}
";
            const string fixedSource = @"
using System;
using System.Threading;
using Telegram.Bot;

public class PromoService
{
    private readonly ITelegramBotClient _bot;
    private Timer? _lambdaTimer;
    private Timer? _groupTimer;
    public PromoService(ITelegramBotClient bot) => _bot = bot;

    public void Start()
    {
        _lambdaTimer = new Timer(_ => _bot.SendMessage(""@deals"", ""Hello again""), null, 0, 900000);
        _groupTimer = new Timer(Post, null, TimeSpan.Zero, TimeSpan.FromMinutes(15));
    }

    private void Post(object? state) => _bot.SendMessage(""@deals"", ""Hello again"");
}
";
            await CodeFixAsync(source, fixedSource, Libraries.TelegramBot);
        }

        [Fact]
        public async Task ThreadingTimerChange_RunsTheCallbackOfItsConstructor_IsFlagged()
        {
            const string source = @"
using System.Threading;
using Telegram.Bot;

public class PromoService
{
    private readonly ITelegramBotClient _bot;
    private readonly Timer _timer;
    public PromoService(ITelegramBotClient bot)
    {
        _bot = bot;
        _timer = new Timer(_ => _bot.SendMessage(""@deals"", ""Hello again""));
    }

    public void Start() => _timer.Change(0, {|SMA009:10_000|});
}
";
            await AnalyzerAsync(source, Libraries.TelegramBot);
        }

        [Fact]
        public async Task TimersTimer_ConstructorAndIntervalProperty_AreFlaggedAndFixed()
        {
            const string source = @"
using System.Timers;
using Telegram.Bot;

public class PromoService
{
    private readonly ITelegramBotClient _bot;
    private readonly Timer _timer = new Timer();
    public PromoService(ITelegramBotClient bot) => _bot = bot;

    public void Start()
    {
        var local = new Timer({|SMA009:1000|});
        local.Elapsed += (sender, e) => _bot.SendMessage(""@deals"", ""Tick tock, buy now"");
        local.Start();

        _timer.Interval = {|SMA009:5000|};
        _timer.Elapsed += OnElapsed;
        _timer.Start();

        var initialized = new Timer { Interval = {|SMA009:30000|}, AutoReset = true };
        initialized.Elapsed += OnElapsed;
    }

    private void OnElapsed(object? sender, ElapsedEventArgs e) => _bot.SendMessage(""@deals"", ""Tick tock, buy now"");
}
";
            const string fixedSource = @"
using System.Timers;
using Telegram.Bot;

public class PromoService
{
    private readonly ITelegramBotClient _bot;
    private readonly Timer _timer = new Timer();
    public PromoService(ITelegramBotClient bot) => _bot = bot;

    public void Start()
    {
        var local = new Timer(900000);
        local.Elapsed += (sender, e) => _bot.SendMessage(""@deals"", ""Tick tock, buy now"");
        local.Start();

        _timer.Interval = 900000;
        _timer.Elapsed += OnElapsed;
        _timer.Start();

        var initialized = new Timer { Interval = 900000, AutoReset = true };
        initialized.Elapsed += OnElapsed;
    }

    private void OnElapsed(object? sender, ElapsedEventArgs e) => _bot.SendMessage(""@deals"", ""Tick tock, buy now"");
}
";
            await CodeFixAsync(source, fixedSource, Libraries.TelegramBot);
        }

        [Fact]
        public async Task OneShotSlowAndNonPostingTimers_AreNotFlagged()
        {
            const string source = @"
using System;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;

public class Service
{
    private readonly ITelegramBotClient _bot;
    private readonly System.Collections.Generic.List<string> _cache = new();
    public Service(ITelegramBotClient bot) => _bot = bot;

    public async Task RunAsync(CancellationToken ct, int configuredMilliseconds)
    {
        var once = new Timer(_ => _bot.SendMessage(""@deals"", ""Welcome to the channel""), null, 1000, Timeout.Infinite);
        var cleanup = new Timer(_ => _cache.Clear(), null, 0, 30_000);
        var configured = new Timer(_ => _bot.SendMessage(""@deals"", ""Deal""), null, 0, configuredMilliseconds);
        var elapsed = new System.Timers.Timer(1000);
        elapsed.Elapsed += (s, e) => _cache.Clear();

        using var hourly = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await hourly.WaitForNextTickAsync(ct))
        {
            await _bot.SendMessage(""@deals"", ""Hourly digest"");
        }

        using var polling = new PeriodicTimer(TimeSpan.FromSeconds(2));
        var offset = 0;
        while (await polling.WaitForNextTickAsync(ct))
        {
            foreach (var update in await _bot.GetUpdates(offset))
            {
                offset = update.Id + 1;
                await _bot.SendMessage(update.Message!.Chat, ""Got it"");
            }
        }
    }
}
";
            await AnalyzerAsync(source, Libraries.TelegramBot);
        }
    }
}
