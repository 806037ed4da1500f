using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;
using Xunit;
using Xunit.Abstractions;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// A user catalog (AdditionalFiles SocialApis.txt) can be anything a build globs in: a huge log, a binary, a
    /// minified blob, or a generated list of every API. Each costs bounded time and memory and yields a handful of
    /// SMA9xx diagnostics, never an exception or a hang.
    /// </summary>
    [Collection(SerialCollection.Name)]
    public class HostileCatalogTests
    {
        private const int MaxCatalogDiagnosticsPerFile = CatalogParser.MaxProblemsPerFile + 1;

        private const string Program = @"using System.Collections.Generic;
using System.Threading.Tasks;
using Telegram.Bot;

class Announcer
{
    async Task Announce(ITelegramBotClient bot, List<long> chats)
    {
        foreach (var chat in chats)
        {
            await bot.SendMessage(chat, ""News!"");
        }
    }
}
";

        private readonly ITestOutputHelper _output;

        public HostileCatalogTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public Task A_30_MB_text_file_is_read_once_with_a_few_diagnostics()
        {
            var random = new Random(30);
            var text = new StringBuilder(30 << 20);
            while (text.Length < 30 << 20)
            {
                var words = 1 + random.Next(8);
                for (var w = 0; w < words; w++)
                {
                    text.Append((char)('a' + random.Next(26)), 1 + random.Next(9)).Append(' ');
                }

                text.Append('\n');
            }

            return AssertBoundedAsync("30 MB of words", SourceText.From(text.ToString()), "SMA902");
        }

        [Fact]
        public Task A_binary_file_yields_malformed_line_diagnostics()
        {
            var bytes = new byte[4 << 20];
            new Random(4).NextBytes(bytes);
            using var stream = new MemoryStream(bytes);
            return AssertBoundedAsync("4 MB of random bytes", SourceText.From(stream, Encoding.UTF8), "SMA901", "SMA902");
        }

        [Fact]
        public Task Very_long_lines_are_refused_without_being_split()
        {
            var text = new string('x', 20 << 20) + "\n" + string.Join("\n", Enumerable.Repeat("send M:System.Console.WriteLine " + new string('y', 5000), 1000));
            return AssertBoundedAsync("a 20 MB line and 1,000 5 kB lines", SourceText.From(text), "SMA901");
        }

        [Fact]
        public Task A_hundred_thousand_resolvable_entries_are_capped()
        {
            var lines = Enumerable.Range(0, 100_000).Select(i => (i % 4) switch
            {
                0 => "send M:System.Console.WriteLine(System.String)",
                1 => "dm-send M:System.Console.Write",
                2 => "audience T:System.Collections.Generic.List`1",
                _ => "publish P:System.Console.Title",
            });
            return AssertBoundedAsync("100,000 resolving entries", SourceText.From(string.Join("\n", lines)), "SMA901");
        }

        [Fact]
        public Task A_hundred_thousand_unresolved_entries_in_existing_namespaces_are_capped()
        {
            // Every root namespace exists, so the index cannot skip them cheaply: each is looked up in the compilation.
            var lines = Enumerable.Range(0, 100_000).Select(i => (i % 3) switch
            {
                0 => $"send M:System.Text.Generated{i}.Send(System.String)",
                1 => $"dm-send M:Telegram.Bot.Generated{i}.Send",
                _ => $"audience T:System.Collections.Generic.Generated{i}",
            });
            return AssertBoundedAsync("100,000 unresolved entries", SourceText.From(string.Join("\n", lines)), "SMA901", "SMA903");
        }

        [Fact]
        public async Task Several_hostile_catalogs_each_get_their_own_capped_diagnostics()
        {
            var files = Enumerable.Range(0, 5)
                .Select(i => ($"/config/SocialApis.part{i}.txt", SourceText.From(string.Join("\n", Enumerable.Range(0, 2000).Select(j => $"shout{j} M:System.Console.Write")))))
                .ToArray();
            var document = ProjectFactory.Create(Program, LibrarySets.All[0], files);

            var result = await RuleRunner.AnalyzeAsync(document);

            Assert.Empty(result.Failures);
            foreach (var (path, _) in files)
            {
                Assert.Equal(MaxCatalogDiagnosticsPerFile, result.Diagnostics.Count(d => d.Location.GetLineSpan().Path == path));
            }
        }

        private async Task AssertBoundedAsync(string what, SourceText catalog, params string[] expectedIds)
        {
            var document = ProjectFactory.Create(Program, LibrarySets.All[0], new[] { ("/config/SocialApis.txt", catalog) });
            await document.Project.GetCompilationAsync();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();

            var result = await RuleRunner.AnalyzeAsync(document);

            var elapsed = stopwatch.Elapsed;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var catalogDiagnostics = result.Diagnostics.Where(d => d.Id.StartsWith("SMA9", StringComparison.Ordinal)).ToList();
            _output.WriteLine($"{what} ({catalog.Length:N0} chars): {elapsed.TotalSeconds:F2} s, {allocated / (1 << 20):N0} MB allocated, " +
                $"{catalogDiagnostics.Count} catalog diagnostics ({string.Join(", ", catalogDiagnostics.GroupBy(d => d.Id).Select(g => $"{g.Count()} {g.Key}"))})");

            Assert.Empty(result.Failures);
            Assert.InRange(catalogDiagnostics.Count, 1, 2 * MaxCatalogDiagnosticsPerFile);
            Assert.All(expectedIds, id => Assert.Contains(catalogDiagnostics, d => d.Id == id));
            Assert.All(catalogDiagnostics, d => Assert.True(d.GetMessage().Length < 400, d.GetMessage()));

            // Generous bounds for a loaded 2-core machine; what they catch is work that grows with the square of the input or a hang.
            Assert.True(elapsed < TimeSpan.FromSeconds(30), $"{what} took {elapsed}");
            Assert.True(allocated < 16L * catalog.Length + (256L << 20), $"{what} allocated {allocated / (1 << 20):N0} MB");
        }
    }
}
