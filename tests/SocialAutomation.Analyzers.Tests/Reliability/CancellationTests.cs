using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// A build or an IDE cancels analysis all the time (a keystroke, Ctrl+C); the rules must stop promptly, not
    /// finish a large file first.
    /// </summary>
    public class CancellationTests
    {
        /// <summary>Generous on purpose: a loaded 2-core CI machine; a rule that ignores cancellation takes far longer on this file.</summary>
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

        private readonly ITestOutputHelper _output;

        public CancellationTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task Analysis_of_a_large_file_stops_promptly_when_cancelled()
        {
            var document = ProjectFactory.Create(LargeBot(methods: 3000), LibrarySets.All[0]);
            var compilation = (await document.Project.GetCompilationAsync())!;
            using var cancellation = new CancellationTokenSource();
            var trigger = new CancelOnFirstOperation(cancellation);
            var analyzers = ShippedRules.Analyzers.Add(trigger);
            var options = new CompilationWithAnalyzersOptions(document.Project.AnalyzerOptions, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);

            var analysis = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellation.Token);
            var exception = await Record.ExceptionAsync(() => analysis);

            Assert.IsAssignableFrom<OperationCanceledException>(exception);
            Assert.True(trigger.CancelledAt.HasValue, "analysis ended before any operation was analysed");
            var afterCancel = trigger.Clock.Elapsed - trigger.CancelledAt!.Value;
            _output.WriteLine($"stopped {afterCancel.TotalMilliseconds:F0} ms after cancellation");
            Assert.True(afterCancel < Bound, $"analysis went on for {afterCancel} after cancellation");

            // Stopped early, not after visiting the whole file.
            var invocations = compilation.SyntaxTrees.Single().GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Count();
            _output.WriteLine($"{trigger.Invocations} of {invocations} invocations analysed");
            Assert.True(trigger.Invocations < invocations / 2, $"{trigger.Invocations} of {invocations} invocations were analysed despite cancellation");
        }

        /// <summary>A bot with many handlers and broadcast loops, so the rules have work in every method.</summary>
        internal static string LargeBot(int methods)
        {
            var source = new StringBuilder(@"using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Generated
{
    public class Bot
    {
        private readonly ITelegramBotClient _bot;
        private readonly List<long> _subscribers = new List<long>();

        public Bot(ITelegramBotClient bot) => _bot = bot;
");
            for (var i = 0; i < methods; i++)
            {
                source.Append($@"
        public async Task Broadcast{i}(string text, CancellationToken cancellationToken)
        {{
            foreach (var chat in _subscribers)
            {{
                await _bot.SendMessage(chat, text + "" #{i}"", cancellationToken: cancellationToken);
            }}

            if (text.Length > {i % 50})
            {{
                await Broadcast{(i + 1) % methods}(text.Substring(1), cancellationToken);
            }}
        }}
");
            }

            return source.Append("    }\n}\n").ToString();
        }

        /// <summary>Cancels the analysis from inside it, once operations are being analysed: no timer, no race with start-up.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
#pragma warning disable RS1036 // a test double in the test project, never loaded by a compiler
        private sealed class CancelOnFirstOperation : DiagnosticAnalyzer
#pragma warning restore RS1036
        {
#pragma warning disable RS2008 // a test-only rule, not released
            private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor("SMA991", "Cancels", "Cancels", "Test", DiagnosticSeverity.Hidden, true);
#pragma warning restore RS2008

            private readonly CancellationTokenSource _cancellation;
            private int _cancelled;
            private int _invocations;

            public CancelOnFirstOperation(CancellationTokenSource cancellation) => _cancellation = cancellation;

            public Stopwatch Clock { get; } = Stopwatch.StartNew();

            public TimeSpan? CancelledAt { get; private set; }

            public int Invocations => Volatile.Read(ref _invocations);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterOperationAction(_ =>
                {
                    Interlocked.Increment(ref _invocations);
                    if (Interlocked.Exchange(ref _cancelled, 1) == 0)
                    {
                        CancelledAt = Clock.Elapsed;
                        _cancellation.Cancel();
                    }
                }, OperationKind.Invocation);
            }
        }
    }
}
